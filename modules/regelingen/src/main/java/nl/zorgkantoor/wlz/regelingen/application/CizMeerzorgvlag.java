package nl.zorgkantoor.wlz.regelingen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.zorgkantoor.wlz.indicatie.api.IndicatiebesluitOntvangen;

/**
 * RULES I-04: hears every indicatiebesluit after its commit and opens a meerzorg case only for those the CIZ flagged.
 * A plain CDI observer, not a session bean: the few flagged besluiten pay for a transaction of their own, the other
 * messages of the exchange pay nothing (an empty REQUIRES_NEW per IO31 cost about 5 % of its processing, JFR).
 */
@ApplicationScoped
public class CizMeerzorgvlag {

    @Inject
    private MeerzorgSignaal signaal;

    void bijIndicatiebesluit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndicatiebesluitOntvangen e) {
        if (e.indicatie().meerzorgOnderzoek()) {
            signaal.openZaak(e.indicatie());
        }
    }
}
