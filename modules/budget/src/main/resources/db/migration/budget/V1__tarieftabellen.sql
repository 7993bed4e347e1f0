-- Tariff tables of the budget context (RULES B-03): data with provenance, one version per delivery.
-- A version (a migration loading CSV files, or later a BEHEERDER's import) replaces the years it contains as a
-- whole; rows of an earlier version are never changed. One script for H2 and PostgreSQL.
CREATE TABLE tariefversie (
    versie          INTEGER      NOT NULL PRIMARY KEY,
    omschrijving    VARCHAR(200) NOT NULL,
    herkomst        VARCHAR(200) NOT NULL,
    geladen_door    VARCHAR(100) NOT NULL,
    geladen_op      TIMESTAMP    NOT NULL
);

CREATE TABLE profieltarief (
    versie            INTEGER       NOT NULL REFERENCES tariefversie (versie),
    jaar              INTEGER       NOT NULL,
    zorgprofiel       VARCHAR(10)   NOT NULL,
    verblijf_excl_bh  NUMERIC(10,2) NOT NULL,
    verblijf_incl_bh  NUMERIC(10,2) NOT NULL,
    vpt_excl_bh       NUMERIC(10,2) NOT NULL,
    pgb_percentage    NUMERIC(6,2)  NOT NULL,
    bron              VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_profieltarief PRIMARY KEY (versie, jaar, zorgprofiel)
);

CREATE TABLE toeslag (
    versie               INTEGER       NOT NULL REFERENCES tariefversie (versie),
    jaar                 INTEGER       NOT NULL,
    code                 VARCHAR(40)   NOT NULL,
    naam                 VARCHAR(200)  NOT NULL,
    dagtarief            NUMERIC(10,2) NOT NULL,
    instellingsgebonden  BOOLEAN       NOT NULL,
    gebruikelijke_zorg   BOOLEAN       NOT NULL,
    pgb_toegestaan       BOOLEAN       NOT NULL,
    profielen            VARCHAR(400)  NOT NULL,
    leeftijd_tot         INTEGER,
    geldig_van           DATE          NOT NULL,
    geldig_tot           DATE,
    voorwaarde           VARCHAR(400)  NOT NULL,
    bron                 VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_toeslag PRIMARY KEY (versie, jaar, code)
);

CREATE TABLE mpt_module (
    versie        INTEGER       NOT NULL REFERENCES tariefversie (versie),
    jaar          INTEGER       NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    omschrijving  VARCHAR(200)  NOT NULL,
    eenheid       VARCHAR(10)   NOT NULL,
    tarief        NUMERIC(10,2) NOT NULL,
    bron          VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_mpt_module PRIMARY KEY (versie, jaar, code)
);

CREATE TABLE tariefparameter (
    versie      INTEGER       NOT NULL REFERENCES tariefversie (versie),
    soort       VARCHAR(40)   NOT NULL,
    geldig_van  DATE          NOT NULL,
    geldig_tot  DATE,
    waarde      NUMERIC(14,2) NOT NULL,
    bron        VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_tariefparameter PRIMARY KEY (versie, soort, geldig_van)
);
