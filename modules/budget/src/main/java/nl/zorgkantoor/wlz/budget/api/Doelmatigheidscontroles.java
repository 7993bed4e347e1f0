package nl.zorgkantoor.wlz.budget.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The efficiency signals (doelmatigheidscontroles) over all clients of a region: raised set-based in the
 * database, stored once (a signal found again is not duplicated, also not after it was closed), closed by an
 * administrator with a reason.
 */
public interface Doelmatigheidscontroles {

    /** Runs every check for the region on the reference date; returns how many new signals each check raised. */
    Signaalrun draai(String regioCode, LocalDate peildatum);

    /** Open signals of the region, oldest first, one page at a time (server-side paging). */
    List<SignaalView> open(String regioCode, int pagina, int paginagrootte);

    /** How many signals of the region are open: with {@link #open} the count + page a work queue shows. */
    long aantalOpen(String regioCode);

    /**
     * Closes an open signal with the reason; the closing user is the caller.
     *
     * @throws BudgetvraagOngeldig when the reason is missing or the signal is not open
     */
    void sluit(SignaalView.Sleutel signaal, String reden);
}
