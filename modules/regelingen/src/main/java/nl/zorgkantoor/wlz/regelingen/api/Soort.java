package nl.zorgkantoor.wlz.regelingen.api;

/** The five extra-care arrangements that share one workflow. */
public enum Soort {
    MEERZORG("Meerzorg"),
    TOESLAG("Toeslag"),
    EKT("Extra kosten thuis"),
    PAB("Persoonlijk assistentiebudget"),
    OVERBRUGGINGSZORG("Overbruggingszorg");

    private final String omschrijving;

    Soort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
