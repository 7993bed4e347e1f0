/**
 * What other modules may call in the regelingen context: {@link nl.zorgkantoor.wlz.regelingen.api.RegelingenService}
 * (one entry point per use case), its commands, views and {@link nl.zorgkantoor.wlz.regelingen.api.RegelingFout}.
 *
 * <h2>Published read-only views (SQL, schema {@code regelingen})</h2>
 * For set-based reads by budget, toezicht and reports. Never select from the tables behind them.
 * <ul>
 *   <li>{@code regelingen.v_toegekende_regeling} — every regeling that was granted, whatever became of it since:
 *       {@code aanvraag_id, client_id, soort} (MEERZORG, TOESLAG, EKT, PAB, OVERBRUGGINGSZORG),
 *       {@code periode_begin, periode_eind} (inclusive dates), {@code bedrag} (NUMERIC(14,2), euro per year, the sum
 *       of the lines per leveringsvorm; 0 for overbruggingszorg in natura), {@code status} (TOEGEKEND = in force,
 *       VERLOPEN, INGETROKKEN), {@code regio_code, zorgprofiel, leveringsvormen} (comma-separated, e.g. "MPT,PGB").
 *       A grant is in force on date d when {@code status = 'TOEGEKEND' and periode_begin <= d and periode_eind >= d}.</li>
 *   <li>{@code regelingen.v_overbruggingszorg} — granted overbruggingszorg for the supervision figures
 *       (RULES O-02): {@code aanvraag_id, client_id, regio_code, periode_begin, periode_eind, duur_dagen,
 *       norm_dagen} (the region's acceptable norm when granted), {@code langer_dan_norm, alternatief_geweigerd,
 *       status}.</li>
 * </ul>
 */
package nl.zorgkantoor.wlz.regelingen.api;
