package nl.zorgkantoor.wlz.admin.toegang;

/** What a user did, as the audit trail records it (NEN 7513: the nature of the access). */
public enum Actie {
    ZOEKEN("Zoeken"),
    INZIEN("Inzien"),
    WIJZIGEN("Wijzigen"),
    BESLUITEN("Besluiten"),
    DOWNLOADEN("Downloaden"),
    VERSTUREN("Versturen"),
    BEHEER("Beheer");

    private final String omschrijving;

    Actie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
