-- Outbox of the exchange: written in the transaction of the business change, delivered by the sender with retries
-- and backoff; the partner's retour is kept with it (RULES X-01). A rejected message (status AFGEWEZEN) is the work
-- item for an administrator.
CREATE SEQUENCE uitgaand_bericht_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE uitgaand_bericht (
    id               BIGINT          NOT NULL PRIMARY KEY,
    berichtsoort     VARCHAR(6)      NOT NULL,
    afzender         VARCHAR(12)     NOT NULL,
    ontvanger        VARCHAR(12)     NOT NULL,
    identificatie    VARCHAR(12)     NOT NULL,
    xml              VARCHAR(10000000),
    status           VARCHAR(20)     NOT NULL,
    pogingen         INTEGER         NOT NULL,
    volgende_poging  TIMESTAMP       NOT NULL,
    laatste_fout     VARCHAR(2000),
    retour_codes     VARCHAR(4000),
    retour_xml       VARCHAR(10000000),
    aangemaakt_op    TIMESTAMP       NOT NULL,
    afgeleverd_op    TIMESTAMP
);
CREATE INDEX ix_uitgaand_te_verzenden ON uitgaand_bericht (status, volgende_poging);
