package nl.zorgkantoor.wlz.toezicht.api;

import java.time.LocalDate;
import java.util.List;

/** RULES W-03: streefnormen per region and waiting status, versioned by validity, kept by an administrator. */
public interface StreefnormBeheer {

    /** Every version of the region's streefnormen, per status (code order), newest version first. */
    List<Streefnorm> streefnormen(String regioCode);

    /**
     * Adds a new version from {@code geldigVan}; the version in force until then ends the day before. A version must
     * start after the latest one of that region and status, so history is never rewritten.
     *
     * @throws OngeldigeWachtlijstMelding with the Dutch reason when the input is refused
     */
    Streefnorm legVast(String regioCode, Leveringsstatus status, int weken, LocalDate geldigVan, String beheerder);
}
