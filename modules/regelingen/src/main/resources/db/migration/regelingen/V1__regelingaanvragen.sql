-- The regelingen context: one table of cases for all five regelingen, with their history, documents, decision lines
-- and grounds; the beschikking PDF; and the context's own norms. Runs on H2 2.2 and PostgreSQL 15.

CREATE SEQUENCE aanvraag_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE aanvraag (
    id                           BIGINT       NOT NULL PRIMARY KEY,
    versie                       BIGINT       NOT NULL,
    client_id                    BIGINT       NOT NULL,
    soort                        VARCHAR(20)  NOT NULL,
    status                       VARCHAR(20)  NOT NULL,
    aanvrager                    VARCHAR(20)  NOT NULL,
    aanvrager_naam               VARCHAR(200),
    aanvraagdatum                DATE         NOT NULL,
    beslistermijn                DATE         NOT NULL,
    zorgprofiel                  VARCHAR(10),
    regio_code                   VARCHAR(4),
    vorige_aanvraag_id           BIGINT REFERENCES aanvraag (id),
    ciz_besluitnummer            BIGINT,
    clientondersteuning_op       DATE,
    huisbezoek_op                DATE,
    gesprek_op                   DATE,
    -- facts (Aanvraagfeiten)
    leveringsvormen              VARCHAR(60)  NOT NULL,
    gedragsproblematiek          BOOLEAN,
    beademing                    BOOLEAN,
    permanent_toezicht_somatisch BOOLEAN,
    zorgbehoefte_uren            NUMERIC(8, 2),
    profiel_31122014             VARCHAR(10),
    duurzame_behoefte            BOOLEAN,
    toeslagsoort                 VARCHAR(40),
    aandoening                   VARCHAR(500),
    productiejaar                INTEGER,
    kind_onder_18                BOOLEAN,
    somatisch_zonder_vg_psy_pg   BOOLEAN,
    werkt_of_studeert_thuis      BOOLEAN,
    zorgprofiel_ontoereikend     BOOLEAN,
    rechthebbenden_huishouden    INTEGER,
    medische_noodzaak            BOOLEAN,
    cognitieve_beperking         BOOLEAN,
    vertegenwoordiger            BOOLEAN,
    mantelzorg                   BOOLEAN,
    extra_uren                   NUMERIC(8, 2),
    uurtarief                    NUMERIC(14, 2),
    alternatief_geweigerd        BOOLEAN,
    -- advice (Advies)
    advies_adviseur              VARCHAR(100),
    advies_vraag                 VARCHAR(2000),
    advies_gevraagd_op           TIMESTAMP WITH TIME ZONE,
    advies_datum                 DATE,
    advies_positief              BOOLEAN,
    advies_toelichting           VARCHAR(2000),
    -- decision (Besluit)
    uitkomst                     VARCHAR(12),
    ingangsdatum                 DATE,
    einddatum                    DATE,
    heraanvraagdatum             DATE,
    motivering                   VARCHAR(4000),
    besloten_door                VARCHAR(100),
    besloten_op                  TIMESTAMP WITH TIME ZONE,
    bevestigd_door_beoordelaar   VARCHAR(100),
    doelmatigheidsnotitie        VARCHAR(2000),
    norm_dagen                   INTEGER,
    duur_dagen                   INTEGER
);
CREATE INDEX aanvraag_client ON aanvraag (client_id, soort, status);
CREATE INDEX aanvraag_beslistermijn ON aanvraag (status, beslistermijn);
CREATE INDEX aanvraag_heraanvraag ON aanvraag (status, heraanvraagdatum);
CREATE INDEX aanvraag_einde ON aanvraag (status, einddatum);
CREATE INDEX aanvraag_vorige ON aanvraag (vorige_aanvraag_id);

CREATE TABLE aanvraag_stap (
    aanvraag_id BIGINT                   NOT NULL REFERENCES aanvraag (id),
    volgnummer  INTEGER                  NOT NULL,
    actie       VARCHAR(40)              NOT NULL,
    van_status  VARCHAR(20)              NOT NULL,
    naar_status VARCHAR(20)              NOT NULL,
    wie         VARCHAR(100)             NOT NULL,
    wanneer     TIMESTAMP WITH TIME ZONE NOT NULL,
    waarom      VARCHAR(2000),
    PRIMARY KEY (aanvraag_id, volgnummer)
);

CREATE TABLE document_inhoud (
    id     BIGINT NOT NULL PRIMARY KEY,
    inhoud BYTEA  NOT NULL
);

CREATE TABLE aanvraag_document (
    aanvraag_id     BIGINT                   NOT NULL REFERENCES aanvraag (id),
    volgnummer      INTEGER                  NOT NULL,
    inhoud_id       BIGINT                   NOT NULL REFERENCES document_inhoud (id),
    documenttype    VARCHAR(30)              NOT NULL,
    documentdatum   DATE                     NOT NULL,
    bestandsnaam    VARCHAR(200)             NOT NULL,
    mime_type       VARCHAR(40)              NOT NULL,
    grootte         INTEGER                  NOT NULL,
    toegevoegd_door VARCHAR(100)             NOT NULL,
    toegevoegd_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (aanvraag_id, volgnummer)
);

CREATE TABLE besluit_regel (
    aanvraag_id     BIGINT         NOT NULL REFERENCES aanvraag (id),
    volgnummer      INTEGER        NOT NULL,
    leveringsvorm   VARCHAR(10)    NOT NULL,
    omschrijving    VARCHAR(200)   NOT NULL,
    bedrag_per_jaar NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (aanvraag_id, volgnummer)
);

CREATE TABLE besluit_grond (
    aanvraag_id BIGINT       NOT NULL REFERENCES aanvraag (id),
    volgnummer  INTEGER      NOT NULL,
    regel       VARCHAR(10)  NOT NULL,
    voldaan     BOOLEAN      NOT NULL,
    uitleg      VARCHAR(500) NOT NULL,
    PRIMARY KEY (aanvraag_id, volgnummer)
);

CREATE TABLE beschikking (
    aanvraag_id   BIGINT                   NOT NULL PRIMARY KEY REFERENCES aanvraag (id),
    pdf           BYTEA                    NOT NULL,
    aangemaakt_op TIMESTAMP WITH TIME ZONE NOT NULL
);

-- RULES M-02: the middle of the 2015 zzp hour band per profile, hours per week. The seeds give no bands (seed 000
-- open question 11): these figures are illustrative and replaceable by the NZa table.
CREATE TABLE urennorm_2015 (
    zorgprofiel   VARCHAR(10)   NOT NULL PRIMARY KEY,
    uren_per_week NUMERIC(6, 2) NOT NULL,
    bron          VARCHAR(200)  NOT NULL
);
INSERT INTO urennorm_2015 (zorgprofiel, uren_per_week, bron) VALUES
    ('VV7', 22.00, 'illustratief'), ('VV8', 25.50, 'illustratief'), ('VG5', 19.00, 'illustratief'),
    ('VG7', 23.50, 'illustratief'), ('VG8', 22.50, 'illustratief'), ('LVG4', 15.00, 'illustratief'),
    ('LVG5', 19.50, 'illustratief'), ('SGLVG1', 24.50, 'illustratief'), ('LG5', 18.50, 'illustratief'),
    ('LG6', 20.50, 'illustratief'), ('LG7', 24.00, 'illustratief'), ('ZGAUD3', 16.00, 'illustratief'),
    ('ZGVIS5', 18.00, 'illustratief'), ('GGZ6B', 17.00, 'illustratief'), ('GGZ7B', 21.00, 'illustratief');

-- RULES O-02: the acceptable duration of overbruggingszorg per region, in days. No seed gives a value (domain
-- README, "Norms"): region '0000' is the default for regions without their own row; illustrative.
CREATE TABLE overbrugging_norm (
    regio_code VARCHAR(4)   NOT NULL PRIMARY KEY,
    norm_dagen INTEGER      NOT NULL,
    bron       VARCHAR(200) NOT NULL
);
INSERT INTO overbrugging_norm (regio_code, norm_dagen, bron) VALUES ('0000', 91, 'illustratief: 13 weken');

-- Published read-only views (documented in regelingen.api package-info). Budget and toezicht read these for
-- signals and figures; nobody reads the tables above directly.
CREATE VIEW v_toegekende_regeling AS
SELECT a.id            AS aanvraag_id,
       a.client_id     AS client_id,
       a.soort         AS soort,
       a.ingangsdatum  AS periode_begin,
       a.einddatum     AS periode_eind,
       COALESCE((SELECT SUM(r.bedrag_per_jaar) FROM besluit_regel r WHERE r.aanvraag_id = a.id), 0) AS bedrag,
       a.status        AS status,
       a.regio_code    AS regio_code,
       a.zorgprofiel   AS zorgprofiel,
       a.leveringsvormen AS leveringsvormen
FROM aanvraag a
WHERE a.uitkomst = 'TOEGEKEND';

CREATE VIEW v_overbruggingszorg AS
SELECT a.id                    AS aanvraag_id,
       a.client_id             AS client_id,
       a.regio_code            AS regio_code,
       a.ingangsdatum          AS periode_begin,
       a.einddatum             AS periode_eind,
       a.duur_dagen            AS duur_dagen,
       a.norm_dagen            AS norm_dagen,
       CASE WHEN a.duur_dagen > a.norm_dagen THEN TRUE ELSE FALSE END AS langer_dan_norm,
       COALESCE(a.alternatief_geweigerd, FALSE) AS alternatief_geweigerd,
       a.status                AS status
FROM aanvraag a
WHERE a.soort = 'OVERBRUGGINGSZORG' AND a.uitkomst = 'TOEGEKEND';
