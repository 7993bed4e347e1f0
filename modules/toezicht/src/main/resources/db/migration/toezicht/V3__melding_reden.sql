-- RULES W-06: an administrator who dismisses a proposed melding to the NZa gives the reason; it stays with the
-- melding for the supervisor and the audit.
ALTER TABLE nza_melding ADD COLUMN reden VARCHAR(500);
CREATE INDEX ix_nza_melding_status ON nza_melding (status, voorgesteld_op);
