-- Read-only view published for the exchange's AW317 uitvoeringsgegevens to the Zorginstituut (issue 4): every
-- indicatiebesluit with the client facts the message carries, so the exchange builds a period's message for a whole
-- region in one query without reading indicatie's tables. Repeatable, like R__budget_view_client_indicatie.
CREATE OR REPLACE VIEW v_indicatiebesluit AS
SELECT c.id                      AS client_id,
       c.bsn                     AS bsn,
       c.geslacht                AS geslacht,
       c.geboortedatum           AS geboortedatum,
       c.regio_code              AS regio_code,
       i.besluitnummer           AS besluitnummer,
       i.zorgprofiel             AS zorgprofiel,
       i.leveringsvorm_voorkeur  AS leveringsvorm_voorkeur,
       i.afgiftedatum            AS afgiftedatum,
       i.ingangsdatum            AS ingangsdatum,
       i.einddatum               AS einddatum,
       i.grondslag_1             AS grondslag_1,
       i.grondslag_2             AS grondslag_2
FROM client c
JOIN indicatiebesluit i ON i.client_id = c.id;
