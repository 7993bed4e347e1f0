-- The message log of the iWlz exchange (RULES X-01, X-02, X-03): every inbound and outbound message with its raw
-- XML, its retour and timings; the idempotency keys (TR056); the keys of delivered records (TR063/TR074/TR103/TR104).
CREATE SEQUENCE bericht_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE bericht (
    id              BIGINT         NOT NULL PRIMARY KEY,
    richting        VARCHAR(3)     NOT NULL,
    berichtsoort    VARCHAR(6)     NOT NULL,
    afzender        VARCHAR(12)    NOT NULL,
    ontvanger       VARCHAR(12),
    identificatie   VARCHAR(12),
    inhoud_hash     VARCHAR(64)    NOT NULL,
    status          VARCHAR(30)    NOT NULL,
    retour_codes    VARCHAR(4000),
    toelichting     VARCHAR(2000),
    heen_xml        VARCHAR(10000000),
    retour_xml      VARCHAR(10000000),
    ontvangen_op    TIMESTAMP      NOT NULL,
    duur_ms         BIGINT         NOT NULL
);
CREATE INDEX ix_bericht_ontvangen ON bericht (ontvangen_op);
CREATE INDEX ix_bericht_soort_afzender ON bericht (berichtsoort, afzender, identificatie);

-- TR056: Identificatie is unique per sender and berichtsoort; the unique key makes concurrent duplicates fail.
CREATE TABLE ontvangen_identificatie (
    afzender        VARCHAR(12)    NOT NULL,
    berichtsoort    VARCHAR(6)     NOT NULL,
    identificatie   VARCHAR(12)    NOT NULL,
    inhoud_hash     VARCHAR(64)    NOT NULL,
    bericht_id      BIGINT         NOT NULL REFERENCES bericht (id),
    CONSTRAINT pk_ontvangen_identificatie PRIMARY KEY (afzender, berichtsoort, identificatie)
);

-- The logical keys of AW35/AW39 records and their StatusAanlevering history (iwlz.md §7).
CREATE TABLE aanlevering (
    sleutel         VARCHAR(200)   NOT NULL PRIMARY KEY,
    berichtsoort    VARCHAR(6)     NOT NULL,
    bsn             VARCHAR(9)     NOT NULL,
    status          VARCHAR(1)     NOT NULL,
    bericht_id      BIGINT         NOT NULL REFERENCES bericht (id),
    gewijzigd_op    TIMESTAMP      NOT NULL
);
CREATE INDEX ix_aanlevering_bsn ON aanlevering (bsn);
