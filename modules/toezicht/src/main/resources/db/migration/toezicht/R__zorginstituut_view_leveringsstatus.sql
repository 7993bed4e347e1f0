-- Read-only view published for the exchange's AW317 uitvoeringsgegevens to the Zorginstituut (issue 4): every
-- leveringsstatus a waiting-list entry had, with the dates it held (einddatum exclusive, null = current), and the
-- status that closed the entry (4 in zorg, 5 einde zorgvraag) on its own date (einddatum = ingangsdatum).
-- Repeatable: it never takes a version number from toezicht's own migrations.
CREATE OR REPLACE VIEW v_leveringsstatus AS
SELECT s.client_id              AS client_id,
       s.regio_code             AS regio_code,
       s.zorgprofiel            AS zorgprofiel,
       s.inschrijving_id        AS inschrijving_id,
       i.ingangsdatum           AS inschrijving_ingangsdatum,
       s.status                 AS status,
       s.classificatie          AS classificatie,
       s.aanbieder              AS aanbieder,
       s.ingangsdatum           AS ingangsdatum,
       s.einddatum              AS einddatum
FROM wachtstatus s
JOIN wachtlijst_inschrijving i ON i.id = s.inschrijving_id
UNION ALL
SELECT i.client_id, i.regio_code, i.zorgprofiel, i.id, i.ingangsdatum, i.eindstatus, CAST(NULL AS VARCHAR(2)),
       i.geplaatst_bij, i.einddatum, i.einddatum
FROM wachtlijst_inschrijving i
WHERE i.eindstatus IS NOT NULL AND i.einddatum IS NOT NULL;
