/**
 * What other modules may call: service interfaces, views (records) and events of the indicatie context.
 *
 * <p>Published read-only SQL views (for set-based reads over the whole population; never select from the tables):
 * <ul>
 *   <li>{@code indicatie.v_client_indicatie} — per client the newest indicatiebesluit: client_id, regio_code,
 *       geboortedatum, besluitnummer, zorgprofiel (enum name, e.g. VV5), leveringsvorm_voorkeur, ingangsdatum,
 *       einddatum, meerzorg_onderzoek. Used by the budget context's doelmatigheidscontroles.</li>
 *   <li>{@code indicatie.v_indicatiebesluit} — every indicatiebesluit with its client: client_id, bsn, geslacht
 *       (M/V/O), geboortedatum, regio_code, besluitnummer, zorgprofiel, leveringsvorm_voorkeur, afgiftedatum,
 *       ingangsdatum, einddatum, grondslag_1, grondslag_2. Used by the exchange's AW317 to the Zorginstituut.</li>
 * </ul>
 */
package nl.zorgkantoor.wlz.indicatie.api;
