package nl.zorgkantoor.wlz.regelingen.api;

/** Who filed the application; the rules of each regeling say who may (RULES E-06, T-02, P-03). */
public enum Aanvrager {
    CLIENT("Cliënt of vertegenwoordiger"),
    ZORGAANBIEDER("Zorgaanbieder"),
    /** Opened by the zorgkantoor itself on the CIZ flag "onderzoek doen naar meerzorg" (RULES I-04). */
    CIZ_SIGNAAL("CIZ-signaal onderzoek meerzorg"),
    ZORGKANTOOR("Zorgkantoor");

    private final String omschrijving;

    Aanvrager(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
