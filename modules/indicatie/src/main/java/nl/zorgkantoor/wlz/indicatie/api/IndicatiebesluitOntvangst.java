package nl.zorgkantoor.wlz.indicatie.api;

import java.util.OptionalLong;
import nl.zorgkantoor.wlz.kernel.Bsn;

/** Receives the CIZ indicatiebesluiten; the one write entry point of the indicatie context for the exchange. */
public interface IndicatiebesluitOntvangst {

    /** The highest besluitnummer the client with this BSN holds, empty for an unknown client (iWlz TR079). */
    OptionalLong hoogsteBesluitnummer(Bsn bsn);

    /**
     * Stores the besluit (registering the client first when unknown) and fires {@link IndicatiebesluitOntvangen}
     * in the caller's transaction.
     */
    IndicatieView ontvang(OntvangenIndicatiebesluit besluit);
}
