-- The waiting list (RULES W-01, W-04), overbruggingszorg (O-01, O-02), the norms per region (W-03), the thresholds
-- for an NZa melding (W-06), and the report archive. One script for H2 and PostgreSQL: only the SQL both understand.
-- Dates that figures subtract are also stored as epoch days (*_dag): "date - date" is not portable, integers are.

CREATE SEQUENCE wachtlijst_inschrijving_seq START WITH 1 INCREMENT BY 50;

-- One stay on the waiting list of a client: from the first waiting status until care starts (AW35, status 4) or
-- the care request ends (status 5). Region, sector and profile are fixed at entry, as the NZa counts them.
CREATE TABLE wachtlijst_inschrijving (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    client_id             BIGINT       NOT NULL,
    regio_code            VARCHAR(4)   NOT NULL,
    sector                VARCHAR(3)   NOT NULL,
    zorgprofiel           VARCHAR(10)  NOT NULL,
    voorkeursaanbieder    VARCHAR(20),
    ingangsdatum          DATE         NOT NULL,
    ingangsdag            BIGINT       NOT NULL,
    einddatum             DATE,
    einddag               BIGINT,
    eindstatus            VARCHAR(1),
    geplaatst_bij         VARCHAR(20),
    bij_voorkeur          BOOLEAN,
    alternatief_geweigerd BOOLEAN      NOT NULL DEFAULT FALSE,
    versie                BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_inschrijving_client ON wachtlijst_inschrijving (client_id);
CREATE INDEX ix_inschrijving_regio ON wachtlijst_inschrijving (regio_code, ingangsdatum);

CREATE SEQUENCE wachtstatus_seq START WITH 1 INCREMENT BY 50;

-- Every waiting status an entry had, with the dates it held (einddatum exclusive; null = current). Region, sector
-- and profile are repeated from the entry so a peildatum count is one range scan without a join.
CREATE TABLE wachtstatus (
    id               BIGINT        NOT NULL PRIMARY KEY,
    inschrijving_id  BIGINT        NOT NULL REFERENCES wachtlijst_inschrijving (id),
    client_id        BIGINT        NOT NULL,
    regio_code       VARCHAR(4)    NOT NULL,
    sector           VARCHAR(3)    NOT NULL,
    zorgprofiel      VARCHAR(10)   NOT NULL,
    status           VARCHAR(1)    NOT NULL,
    classificatie    VARCHAR(2),
    aanbieder        VARCHAR(20),
    ingangsdatum     DATE          NOT NULL,
    einddatum        DATE,
    gemeld_op        TIMESTAMP     NOT NULL,
    bron             VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_wachtstatus_inschrijving ON wachtstatus (inschrijving_id);
CREATE INDEX ix_wachtstatus_regio ON wachtstatus (regio_code, ingangsdatum);

CREATE SEQUENCE overbruggingszorg_seq START WITH 1 INCREMENT BY 50;

-- RULES O-01/O-02: overbruggingszorg received while waiting, tracked against the region's acceptable norm.
CREATE TABLE overbruggingszorg (
    id               BIGINT       NOT NULL PRIMARY KEY,
    inschrijving_id  BIGINT       NOT NULL REFERENCES wachtlijst_inschrijving (id),
    client_id        BIGINT       NOT NULL,
    regio_code       VARCHAR(4)   NOT NULL,
    ingangsdatum     DATE         NOT NULL,
    ingangsdag       BIGINT       NOT NULL,
    einddatum        DATE,
    einddag          BIGINT
);
CREATE INDEX ix_overbrugging_inschrijving ON overbruggingszorg (inschrijving_id);
CREATE INDEX ix_overbrugging_regio ON overbruggingszorg (regio_code, ingangsdatum);

CREATE SEQUENCE norm_seq START WITH 100000 INCREMENT BY 50;

-- RULES W-03, O-02, W-04: norms per region with validity dates. soort STREEFNORM (per leveringsstatus, weeks of
-- waiting), OVERBRUGGING (acceptable weeks of overbruggingszorg), STATUSUPDATE (weeks after which a provider's
-- status update is overdue). No seed gives values: the rows below are illustrative demo values.
CREATE TABLE norm (
    id               BIGINT       NOT NULL PRIMARY KEY,
    regio_code       VARCHAR(4)   NOT NULL,
    soort            VARCHAR(20)  NOT NULL,
    leveringsstatus  VARCHAR(1)   NOT NULL,
    weken            INTEGER      NOT NULL,
    geldig_van       DATE         NOT NULL,
    geldig_tot       DATE,
    herkomst         VARCHAR(200) NOT NULL,
    CONSTRAINT ck_norm_weken CHECK (weken > 0)
);
CREATE INDEX ix_norm_regio ON norm (regio_code, soort, leveringsstatus);

INSERT INTO norm (id, regio_code, soort, leveringsstatus, weken, geldig_van, geldig_tot, herkomst)
SELECT CAST(r.code AS BIGINT) * 10 + n.nr, r.code, n.soort, n.status, n.weken, DATE '2021-01-01', NULL,
       'illustratief (demo): geen bron noemt weken'
FROM (VALUES ('5501'), ('5502'), ('5503'), ('5504'), ('5505'), ('5506'), ('5507'), ('5508'), ('5509'), ('5510'),
             ('5511'), ('5512'), ('5513'), ('5514'), ('5515'), ('5516'), ('5517'), ('5518'), ('5519'), ('5520'),
             ('5521'), ('5523'), ('5524'), ('5525'), ('5526'), ('5527'), ('5528'), ('5529'), ('5530'), ('5531'),
             ('5532'), ('5533')) AS r (code)
CROSS JOIN (VALUES (1, 'STREEFNORM', '6', 1), (2, 'STREEFNORM', '7', 13), (3, 'STREEFNORM', '2', 26),
                   (4, 'STREEFNORM', '3', 52), (5, 'STREEFNORM', '1', 13), (6, 'OVERBRUGGING', '-', 13),
                   (7, 'STATUSUPDATE', '-', 26)) AS n (nr, soort, status, weken);

-- RULES W-06: thresholds above which the figures lead to a proposed melding to the NZa (administrator confirms).
CREATE TABLE melddrempel (
    indicator     VARCHAR(40)   NOT NULL PRIMARY KEY,
    drempel       NUMERIC(14,2) NOT NULL,
    omschrijving  VARCHAR(300)  NOT NULL
);
INSERT INTO melddrempel (indicator, drempel, omschrijving) VALUES
    ('URGENT_BUITEN_NORM_PCT', 20.00, 'Meer dan dit percentage urgent plaatsen wacht langer dan de streefnorm'),
    ('ACTIEF_BUITEN_NORM_PCT', 50.00, 'Meer dan dit percentage actief plaatsen wacht langer dan de streefnorm'),
    ('ZONDER_OVERBRUGGING', 25.00, 'Meer dan dit aantal cliënten wacht langer dan de norm zonder overbruggingszorg');

CREATE SEQUENCE nza_melding_seq START WITH 1 INCREMENT BY 50;

-- RULES W-06: a melding proposed by the report run; an administrator confirms or rejects it.
CREATE TABLE nza_melding (
    id               BIGINT        NOT NULL PRIMARY KEY,
    regio_code       VARCHAR(4)    NOT NULL,
    peildatum        DATE          NOT NULL,
    indicator        VARCHAR(40)   NOT NULL,
    waarde           NUMERIC(14,2) NOT NULL,
    drempel          NUMERIC(14,2) NOT NULL,
    toelichting      VARCHAR(1000) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    voorgesteld_op   TIMESTAMP     NOT NULL,
    beoordeeld_door  VARCHAR(100),
    beoordeeld_op    TIMESTAMP,
    CONSTRAINT uk_nza_melding UNIQUE (regio_code, peildatum, indicator)
);

-- Figures of a report run, per region (0000 = national) and indicator, kept so that a restarted job renders
-- exactly the figures computed before the crash.
CREATE TABLE rapport_cijfer (
    rapport      VARCHAR(20)   NOT NULL,
    peildatum    DATE          NOT NULL,
    regio_code   VARCHAR(4)    NOT NULL,
    indicator    VARCHAR(40)   NOT NULL,
    rij          INTEGER       NOT NULL,
    kolom        INTEGER       NOT NULL,
    rijlabel     VARCHAR(200)  NOT NULL,
    waarde       NUMERIC(18,2),
    tekst        VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_rapport_cijfer PRIMARY KEY (rapport, peildatum, regio_code, indicator, rij, kolom)
);

CREATE SEQUENCE rapport_archief_seq START WITH 1 INCREMENT BY 50;

-- The report archive: every PDF with its checksum and where it came from (job execution, data version).
CREATE TABLE rapport_archief (
    id               BIGINT        NOT NULL PRIMARY KEY,
    rapport          VARCHAR(20)   NOT NULL,
    regio_code       VARCHAR(4)    NOT NULL,
    peildatum        DATE          NOT NULL,
    job_executie_id  BIGINT        NOT NULL,
    data_versie      VARCHAR(200)  NOT NULL,
    aangemaakt_op    TIMESTAMP     NOT NULL,
    bestandsnaam     VARCHAR(200)  NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    grootte          BIGINT        NOT NULL,
    inhoud           BYTEA         NOT NULL
);
CREATE INDEX ix_rapport_archief ON rapport_archief (rapport, peildatum, regio_code);
