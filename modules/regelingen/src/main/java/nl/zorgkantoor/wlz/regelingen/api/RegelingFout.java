package nl.zorgkantoor.wlz.regelingen.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case that could not be carried out, with a Dutch message fit for the user and the RULES ids involved. Thrown
 * by every {@link RegelingenService} method; nothing has been changed when it is thrown.
 */
@ApplicationException(rollback = true)
public class RegelingFout extends RuntimeException {

    /** Message when another assessor changed or decided the case in the meantime (optimistic locking). */
    public static final String GELIJKTIJDIG = "Deze aanvraag is intussen door een andere medewerker gewijzigd of "
            + "besloten. Open de aanvraag opnieuw en bekijk de actuele stand voordat u verdergaat.";

    private final List<String> regels;

    public RegelingFout(String bericht, List<String> regels) {
        super(bericht);
        this.regels = List.copyOf(regels);
    }

    public List<String> regels() {
        return regels;
    }
}
