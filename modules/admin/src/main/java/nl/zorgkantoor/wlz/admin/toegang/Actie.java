package nl.zorgkantoor.wlz.admin.toegang;

/** What a user did, as the audit trail records it (NEN 7513: the nature of the access). */
public enum Actie {
    ZOEKEN("Zoeken"),
    INZIEN("Inzien"),
    WIJZIGEN("Wijzigen"),
    BESLUITEN("Besluiten"),
    DOWNLOADEN("Downloaden"),
    VERSTUREN("Versturen"),
    BEHEER("Beheer"),
    /** A login through the form, successful or not (NEN 7513 asks for both). */
    INLOGGEN("Inloggen");

    private final String omschrijving;

    Actie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
