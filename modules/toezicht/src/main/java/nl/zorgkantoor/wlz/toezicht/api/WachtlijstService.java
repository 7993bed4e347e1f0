package nl.zorgkantoor.wlz.toezicht.api;

import java.time.LocalDate;

/** Keeps the waiting list; the exchange and the UI report changes here, regelingen asks who is waiting. */
public interface WachtlijstService {

    /** Records a waiting-status change (RULES W-01, W-04). Idempotent for the same client, status and date. */
    void registreer(LeveringsstatusMelding melding);

    /** AW35 melding aanvang zorg: care started, the wait ends on that date. */
    void aanvangZorg(long clientId, String aanbieder, LocalDate aanvangsdatum);

    /** RULES O-01: overbruggingszorg only for a client with an open waiting-list entry on the date. */
    boolean wachtOpOpname(long clientId, LocalDate peildatum);
}
