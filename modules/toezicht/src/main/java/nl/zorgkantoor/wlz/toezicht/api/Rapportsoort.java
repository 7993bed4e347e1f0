package nl.zorgkantoor.wlz.toezicht.api;

/** The two nightly reports for supervisors (toezicht.md, reports a and b). */
public enum Rapportsoort {
    ZORGPLICHT("Zorgplichtrapportage"),
    WACHTLIJST("Wachtlijstrapportage");

    private final String titel;

    Rapportsoort(String titel) {
        this.titel = titel;
    }

    public String titel() {
        return titel;
    }
}
