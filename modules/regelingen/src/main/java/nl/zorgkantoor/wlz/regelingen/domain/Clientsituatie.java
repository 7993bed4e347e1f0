package nl.zorgkantoor.wlz.regelingen.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * What the regelingen need to know of a client from the indicatie context on a reference date: age, the zorgprofiel
 * of the indicatiebesluit in force and the CIZ flag "onderzoek doen naar meerzorg" (RULES I-04).
 *
 * @param naam        the name as the beschikking addresses the client
 * @param zorgprofiel null when no indicatiebesluit is in force on the date
 */
public record Clientsituatie(long clientId, String naam, LocalDate geboortedatum, Zorgprofiel zorgprofiel,
                             boolean meerzorgSignaal, String regioCode, Long besluitnummer) {

    public Clientsituatie {
        Objects.requireNonNull(geboortedatum, "geboortedatum ontbreekt");
    }

    public int leeftijdOp(LocalDate datum) {
        return Period.between(geboortedatum, datum).getYears();
    }
}
