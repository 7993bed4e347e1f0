-- The message log as the admin page "Berichtenverkeer" queries it (issue 4 "Also"): the zorgkantoorregio of a
-- message (the zorgkantoorcode in its header: Ontvanger of an inbound, Afzender of an outbound message) for region
-- isolation, the link from an outbound entry to its outbox row (resend), and the BSNs of the clients in it.
ALTER TABLE bericht ADD COLUMN regio VARCHAR(4);
ALTER TABLE bericht ADD COLUMN uitgaand_id BIGINT;
UPDATE bericht SET regio = CASE WHEN richting = 'IN' THEN ontvanger ELSE afzender END
    WHERE status <> 'AFGEKEURD';
CREATE INDEX ix_bericht_regio_ontvangen ON bericht (regio, ontvangen_op);

CREATE TABLE bericht_bsn (
    bericht_id  BIGINT      NOT NULL REFERENCES bericht (id),
    bsn         VARCHAR(9)  NOT NULL,
    CONSTRAINT pk_bericht_bsn PRIMARY KEY (bericht_id, bsn)
);
CREATE INDEX ix_bericht_bsn_bsn ON bericht_bsn (bsn);
