package nl.zorgkantoor.wlz.budget.domain.signaal;

/**
 * The efficiency checks that run set-based over a region. The checks that need regelingen data (ekt together with
 * meerzorg or pab, RULES E-05; pab without eligible profile or under 18, P-01/P-02; expired ekt or meerzorg still
 * paid) wait for a published regelingen view and are not here yet.
 */
public enum Signaalsoort {
    /** RULES B-01/B-02: the granted budget exceeds the pgb-plafond plus the toeslagen that count at home. */
    BOVEN_PLAFOND("B-01"),
    /** RULES L-03: a pgb for a client with 5GGZ-W. */
    PGB_BIJ_5GGZW("L-03"),
    /** RULES T-02: a granted toeslag whose profile condition the indication does not meet. */
    TOESLAG_ZONDER_VOORWAARDE("T-02"),
    /** RULES B-02, T-03: an instellingsgebonden toeslag paid with a budget at home. */
    INSTELLINGSGEBONDEN_TOESLAG_THUIS("B-02");

    private final String regel;

    Signaalsoort(String regel) {
        this.regel = regel;
    }

    public String regel() {
        return regel;
    }
}
