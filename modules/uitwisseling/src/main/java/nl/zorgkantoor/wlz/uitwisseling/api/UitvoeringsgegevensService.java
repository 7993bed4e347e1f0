package nl.zorgkantoor.wlz.uitwisseling.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The uitvoeringsgegevens (AW317: waiting list and leveringsstatus per period) to the Zorginstituut. A timer sends
 * the previous month on a configurable day; an administrator (BEHEERDER) can send a period on demand, e.g. one the
 * timer missed while the server was down. A period goes once per region.
 */
public interface UitvoeringsgegevensService {

    /** What happened for one zorgkantoorregio. */
    record Uitkomst(String regio, int berichten, int clienten, String toelichting) {
    }

    /**
     * Puts the AW317s of the period for every region of this zorgkantoor in the outbox.
     *
     * @throws IllegalArgumentException with a Dutch message when the period is not a closed one (CS003) or ended
     *                                  less than 7 days ago (TR091)
     */
    List<Uitkomst> verstuur(LocalDate begindatum, LocalDate einddatum);
}
