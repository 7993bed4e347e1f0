package nl.zorgkantoor.wlz.budget.domain.signaal;

/**
 * The efficiency checks that run set-based over a region, over the budget tables, {@code indicatie.v_client_indicatie}
 * and {@code regelingen.v_toegekende_regeling} (the views those contexts publish).
 */
public enum Signaalsoort {
    /** RULES B-01/B-02: the granted budget exceeds the pgb-plafond plus the toeslagen that count at home. */
    BOVEN_PLAFOND("B-01"),
    /** RULES L-03: a pgb for a client with 5GGZ-W. */
    PGB_BIJ_5GGZW("L-03"),
    /** RULES T-02: a granted toeslag whose profile condition the indication does not meet. */
    TOESLAG_ZONDER_VOORWAARDE("T-02"),
    /** RULES B-02, T-03: an instellingsgebonden toeslag paid with a budget at home. */
    INSTELLINGSGEBONDEN_TOESLAG_THUIS("B-02"),
    /** RULES E-05: ekt in force together with meerzorg or a pab. */
    EKT_MET_MEERZORG_OF_PAB("E-05"),
    /** RULES P-01: a pab in force for a profile outside LG5-LG7/VV7/VV8. */
    PAB_ZONDER_RECHT("P-01"),
    /** RULES P-02: a pab in force for a client under 18 (or without a known birth date). */
    PAB_ONDER_18("P-02"),
    /** RULES T-03: an age-bound toeslag (the youth toeslag: under 23) granted to a client at or past the age. */
    TOESLAG_BUITEN_LEEFTIJD("T-03"),
    /** RULES L-02: a pgb and zorg in natura granted for the same function in overlapping periods (two budgets). */
    PGB_EN_ZIN_OVERLAP("L-02"),
    /** RULES M-05: meerzorg past its end date still in force (still paid). */
    MEERZORG_VERLOPEN_BETAALD("M-05"),
    /** RULES E-07: ekt past its end date still in force (still paid). */
    EKT_VERLOPEN_BETAALD("E-07");

    private final String regel;

    Signaalsoort(String regel) {
        this.regel = regel;
    }

    public String regel() {
        return regel;
    }
}
