package nl.zorgkantoor.wlz.regelingen.api;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of the one workflow all regelingen share. A decision ("besluit") moves a case from in behandeling to
 * toegekend or afgewezen; a granted case ends as verlopen when its period has passed, or earlier as ingetrokken.
 */
public enum Status {
    ONTVANGEN("Ontvangen"),
    IN_BEHANDELING("In behandeling"),
    ADVIES_GEVRAAGD("Advies gevraagd"),
    TOEGEKEND("Toegekend"),
    AFGEWEZEN("Afgewezen"),
    INGETROKKEN("Ingetrokken"),
    VERLOPEN("Verlopen");

    private static final Map<Status, Set<Status>> OVERGANGEN = Map.of(
            ONTVANGEN, EnumSet.of(IN_BEHANDELING, INGETROKKEN),
            IN_BEHANDELING, EnumSet.of(ADVIES_GEVRAAGD, TOEGEKEND, AFGEWEZEN, INGETROKKEN),
            ADVIES_GEVRAAGD, EnumSet.of(IN_BEHANDELING, INGETROKKEN),
            TOEGEKEND, EnumSet.of(VERLOPEN, INGETROKKEN),
            AFGEWEZEN, EnumSet.noneOf(Status.class),
            INGETROKKEN, EnumSet.noneOf(Status.class),
            VERLOPEN, EnumSet.noneOf(Status.class));

    private final String omschrijving;

    Status(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean magNaar(Status naar) {
        return OVERGANGEN.get(this).contains(naar);
    }

    /** Not yet decided: the beslistermijn runs. */
    public boolean isOpen() {
        return this == ONTVANGEN || this == IN_BEHANDELING || this == ADVIES_GEVRAAGD;
    }
}
