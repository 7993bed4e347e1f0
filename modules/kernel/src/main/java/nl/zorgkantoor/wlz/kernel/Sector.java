package nl.zorgkantoor.wlz.kernel;

/** The three Wlz sectors as the NZa reports them (toezicht.md, RULES W-02). */
public enum Sector {
    VV("Verpleging en verzorging"),
    GHZ("Gehandicaptenzorg"),
    GGZ("Geestelijke gezondheidszorg");

    private final String omschrijving;

    Sector(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
