/**
 * What other modules may call in the toezicht context.
 * <ul>
 *   <li>{@link nl.zorgkantoor.wlz.toezicht.api.WachtlijstService} — waiting-list changes from the exchange (AW39,
 *       AW35) and the UI; {@code wachtOpOpname} for RULES O-01.</li>
 *   <li>{@link nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService} — the report indicators per region or
 *       nationally ({@link nl.zorgkantoor.wlz.toezicht.api.Cijfertabel#LANDELIJK}) on a peildatum, small cells
 *       suppressed (RULES W-08).</li>
 *   <li>{@link nl.zorgkantoor.wlz.toezicht.api.RapportArchief} — archived report PDFs with checksum and metadata, for
 *       the supervisors' download page (role TOEZICHTHOUDER); the reports module writes it.</li>
 *   <li>{@link nl.zorgkantoor.wlz.toezicht.api.NzaMeldingService} — proposed NZa meldingen for an administrator to
 *       confirm or reject (RULES W-06).</li>
 * </ul>
 * Published read-only SQL view (set-based reads by other contexts; never select from the tables):
 * {@code toezicht.v_leveringsstatus} — every leveringsstatus of a waiting-list entry (client_id, regio_code,
 * zorgprofiel, inschrijving_id, inschrijving_ingangsdatum, status, classificatie, aanbieder, ingangsdatum, einddatum
 * exclusive) plus the closing status 4/5 on its own date; the exchange's AW317 to the Zorginstituut reads it.
 * Starting a report on demand goes through {@code nl.zorgkantoor.wlz.reports.RapportJobs#startRapport}.
 */
package nl.zorgkantoor.wlz.toezicht.api;
