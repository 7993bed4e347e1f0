package nl.zorgkantoor.wlz.toezicht.api;

import jakarta.ejb.ApplicationException;

/**
 * A waiting-list report that cannot be recorded as given; the message is Dutch and fit for a partner's retour or a
 * user's screen. Rolls the transaction back so nothing is half-recorded.
 */
@ApplicationException(rollback = true)
public class OngeldigeWachtlijstMelding extends RuntimeException {

    public OngeldigeWachtlijstMelding(String melding) {
        super(melding);
    }
}
