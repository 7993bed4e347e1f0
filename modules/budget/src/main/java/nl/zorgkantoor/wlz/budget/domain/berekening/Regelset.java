package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.Locale;

/** The two rule sets of the budget engine (domain README, decision "Rule sets"). */
public enum Regelset {
    /** Today's rules: no toeslagen in a budget at home (RULES B-01). */
    HUIDIG,
    /** The recommended ceiling (RULES B-02): the default, as the product exists to implement it. */
    ADVIES;

    public static final Regelset STANDAARD = ADVIES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Regelset parse(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return STANDAARD;
        }
        for (Regelset regelset : values()) {
            if (regelset.code().equalsIgnoreCase(tekst.strip())) {
                return regelset;
            }
        }
        throw new IllegalArgumentException("Onbekende regelset '" + tekst + "' (huidig of advies)");
    }
}
