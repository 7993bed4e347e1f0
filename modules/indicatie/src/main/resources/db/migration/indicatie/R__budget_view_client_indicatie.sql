-- Read-only view published for the budget context's set-based efficiency signals (doelmatigheidscontroles):
-- per client the newest indicatiebesluit with the facts the budget rules check (profile, period, age, region).
-- Added by the budget engineer under the contexts' view convention; documented in indicatie.api's package-info.
-- A repeatable migration, not a versioned one: it runs after every versioned migration and again whenever this
-- file changes, so it never blocks indicatie's own numbering (a versioned V100 would make a later V3 fail Flyway's
-- validation on every database where V100 already ran).
CREATE OR REPLACE VIEW v_client_indicatie AS
SELECT c.id                      AS client_id,
       c.regio_code              AS regio_code,
       c.geboortedatum           AS geboortedatum,
       i.besluitnummer           AS besluitnummer,
       i.zorgprofiel             AS zorgprofiel,
       i.leveringsvorm_voorkeur  AS leveringsvorm_voorkeur,
       i.ingangsdatum            AS ingangsdatum,
       i.einddatum               AS einddatum,
       i.meerzorg_onderzoek      AS meerzorg_onderzoek
FROM client c
JOIN indicatiebesluit i ON i.client_id = c.id
WHERE i.besluitnummer = (SELECT MAX(j.besluitnummer) FROM indicatiebesluit j WHERE j.client_id = c.id);
