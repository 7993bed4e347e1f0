-- Clients known to the zorgkantoor and the CIZ indicatiebesluiten they hold (RULES I-01, I-02).
-- One script for H2 and PostgreSQL: only the SQL both understand.
CREATE SEQUENCE client_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE client (
    id              BIGINT       NOT NULL PRIMARY KEY,
    bsn             VARCHAR(9)   NOT NULL,
    voornaam        VARCHAR(200),
    achternaam      VARCHAR(200) NOT NULL,
    geslacht        CHAR(1)      NOT NULL,
    geboortedatum   DATE         NOT NULL,
    regio_code      VARCHAR(4)   NOT NULL,
    versie          BIGINT       NOT NULL DEFAULT 0,
    aangemaakt_op   TIMESTAMP    NOT NULL,
    CONSTRAINT uk_client_bsn UNIQUE (bsn)
);
CREATE INDEX ix_client_regio ON client (regio_code);
CREATE INDEX ix_client_achternaam ON client (achternaam);
CREATE INDEX ix_client_geboortedatum ON client (geboortedatum);

CREATE SEQUENCE indicatiebesluit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE indicatiebesluit (
    id                      BIGINT      NOT NULL PRIMARY KEY,
    client_id               BIGINT      NOT NULL REFERENCES client (id),
    besluitnummer           BIGINT      NOT NULL,
    zorgprofiel             VARCHAR(10) NOT NULL,
    leveringsvorm_voorkeur  VARCHAR(12),
    ingangsdatum            DATE        NOT NULL,
    einddatum               DATE,
    meerzorg_onderzoek      BOOLEAN     NOT NULL DEFAULT FALSE,
    ontvangen_op            TIMESTAMP   NOT NULL,
    CONSTRAINT uk_indicatiebesluit_nummer UNIQUE (client_id, besluitnummer)
);
CREATE INDEX ix_indicatiebesluit_client ON indicatiebesluit (client_id);
