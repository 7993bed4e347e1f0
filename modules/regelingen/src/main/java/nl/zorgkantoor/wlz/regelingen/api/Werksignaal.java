package nl.zorgkantoor.wlz.regelingen.api;

/** Why a case is in the werkvoorraad of the administrators. */
public enum Werksignaal {
    BESLISTERMIJN_VERSTREKEN("Beslistermijn verstreken"),
    BESLISTERMIJN_NADERT("Beslistermijn nadert"),
    HERAANVRAAG_VERSTREKEN("Heraanvraagdatum verstreken zonder heraanvraag"),
    HERAANVRAAG_NADERT("Heraanvraagdatum nadert"),
    OVERBRUGGING_LANGER_DAN_NORM("Overbruggingszorg langer dan de regionale norm");

    private final String omschrijving;

    Werksignaal(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
