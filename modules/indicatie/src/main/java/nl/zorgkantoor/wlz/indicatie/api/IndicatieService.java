package nl.zorgkantoor.wlz.indicatie.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to a client's indicatiebesluiten for the other contexts and the UI. */
public interface IndicatieService {

    /** The indicatiebesluit in force on the date, if any (the newest besluitnummer wins). */
    Optional<IndicatieView> geldigeIndicatie(long clientId, LocalDate peildatum);

    /** All indicatiebesluiten of the client, newest first. */
    List<IndicatieView> indicaties(long clientId);
}
