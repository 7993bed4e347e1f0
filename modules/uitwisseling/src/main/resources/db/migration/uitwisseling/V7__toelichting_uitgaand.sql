-- What the zorgkantoor records with an outgoing message: for an AW33 that deviates from the leveringsvorm the client
-- asked for, the reason (RULES L-01). The dossier shows it with the toewijzing.
ALTER TABLE uitgaand_bericht ADD COLUMN toelichting VARCHAR(600);
