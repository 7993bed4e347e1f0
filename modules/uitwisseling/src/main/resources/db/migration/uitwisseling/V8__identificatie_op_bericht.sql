-- TR056 (RULES X-02): the log row of the message that first used an Identificatie now holds that claim itself,
-- instead of a row in a table of its own: one statement and one table fewer per inbound message. The unique index
-- makes a concurrent duplicate fail its transaction as the primary key of ontvangen_identificatie did; rows that
-- claim nothing (a repetition, a reused Identificatie, a rejected or outbound message) have NULL and never collide.
ALTER TABLE bericht ADD COLUMN houdt_identificatie BOOLEAN;
UPDATE bericht SET houdt_identificatie = TRUE WHERE id IN (SELECT bericht_id FROM ontvangen_identificatie);
DROP TABLE ontvangen_identificatie;
CREATE UNIQUE INDEX uk_bericht_identificatie ON bericht (afzender, berichtsoort, identificatie, houdt_identificatie);

-- Indexes no query uses, paid on every insert: every search of the log is within one region
-- (ix_bericht_regio_ontvangen), and the TR056 lookup now uses uk_bericht_identificatie.
DROP INDEX ix_bericht_soort_afzender;
DROP INDEX ix_bericht_ontvangen;
