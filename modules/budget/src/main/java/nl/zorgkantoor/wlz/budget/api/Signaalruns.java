package nl.zorgkantoor.wlz.budget.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The efficiency checks as a Jakarta Batch job partitioned per region (job {@code Doelmatigheidscontroles} in this
 * module; only this module's JobOperator sees it, so everyone starts and follows it here). Each partition runs the
 * set-based checks of {@link Doelmatigheidscontroles#draai} for one region; the progress per region is stored, so a
 * national run of 450,000 clients can be followed in the admin UI. The caller decides the regions from the login
 * (a MEDEWERKER his own region, a BEHEERDER all regions), never from a request parameter.
 */
public interface Signaalruns {

    /**
     * Starts a run over the regions on the reference date.
     *
     * @throws BudgetvraagOngeldig for an unknown region, no region, or a run for the same peildatum and a region
     *                             that is still going
     */
    long start(LocalDate peildatum, List<String> regioCodes);

    /** The progress of one run, limited to the given regions (null = all, for a BEHEERDER). */
    SignaalrunVoortgang voortgang(long executieId, List<String> zichtbareRegios);

    /** The newest run that touched one of the regions (null = any), if any. */
    Optional<Long> laatste(List<String> zichtbareRegios);
}
