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
 * Starting a report on demand goes through {@code nl.zorgkantoor.wlz.reports.RapportJobs#startRapport}.
 */
package nl.zorgkantoor.wlz.toezicht.api;
