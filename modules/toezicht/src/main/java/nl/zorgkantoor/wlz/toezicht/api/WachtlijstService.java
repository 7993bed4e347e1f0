package nl.zorgkantoor.wlz.toezicht.api;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/** Keeps the waiting list; the exchange and the UI report changes here, regelingen asks who is waiting. */
public interface WachtlijstService {

    /** Records a waiting-status change (RULES W-01, W-04). Idempotent for the same client, status and date. */
    void registreer(LeveringsstatusMelding melding);

    /** AW35 melding aanvang zorg: care started, the wait ends on that date. */
    void aanvangZorg(long clientId, String aanbieder, LocalDate aanvangsdatum);

    /** RULES O-01: overbruggingszorg only for a client with an open waiting-list entry on the date. */
    boolean wachtOpOpname(long clientId, LocalDate peildatum);

    /**
     * A waiting status entered by a MEDEWERKER or BEOORDELAAR of the client's region (RULES W-01: waiting-list
     * entries come from the exchange and from administrators), e.g. when the preferred provider does not report.
     * The source becomes the user's name; the same rules apply as for an AW39.
     *
     * @throws nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException for a user of another region or role
     * @throws OngeldigeWachtlijstMelding with a Dutch reason for an incomplete or impossible status
     */
    void legVastDoorMedewerker(LeveringsstatusMelding melding);

    /** The client's waiting statuses and overbruggingszorg, for a user who may see the client (region check). */
    Wachtgeschiedenis geschiedenis(long clientId, ZorgkantoorRegio clientRegio);
}
