-- The audit trail in the spirit of NEN 7513: every view and change of client data (and every refused attempt) with
-- who, in which role and region, when, which client, what, and from where. Append-only: the application only ever
-- inserts (AuditTrail has no update or delete); every row has a gap-free volgnummer and a hash chained to the
-- previous row, so a row changed or removed afterwards breaks the chain (AuditTrail.controleerKeten).
CREATE SEQUENCE audit_regel_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_regel (
    id              BIGINT        NOT NULL PRIMARY KEY,
    volgnummer      BIGINT        NOT NULL,
    tijdstip        TIMESTAMP     NOT NULL,
    gebruiker       VARCHAR(100)  NOT NULL,
    rollen          VARCHAR(200)  NOT NULL,
    regio_code      VARCHAR(4),
    actie           VARCHAR(20)   NOT NULL,
    uitkomst        VARCHAR(20)   NOT NULL,
    client_id       BIGINT,
    onderwerp       VARCHAR(200)  NOT NULL,
    details         VARCHAR(1000),
    herkomst        VARCHAR(100)  NOT NULL,
    vorige_hash     VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_audit_regel_volgnummer UNIQUE (volgnummer)
);
CREATE INDEX ix_audit_regel_tijdstip ON audit_regel (tijdstip);
CREATE INDEX ix_audit_regel_client ON audit_regel (client_id);
CREATE INDEX ix_audit_regel_gebruiker ON audit_regel (gebruiker);

-- One row that is locked while a row is appended, so the hash chain stays one chain under concurrent requests.
CREATE TABLE audit_keten (
    id                  INTEGER      NOT NULL PRIMARY KEY,
    laatste_volgnummer  BIGINT       NOT NULL,
    laatste_hash        VARCHAR(64)  NOT NULL
);
INSERT INTO audit_keten (id, laatste_volgnummer, laatste_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
