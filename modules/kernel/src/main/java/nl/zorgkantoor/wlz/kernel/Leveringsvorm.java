package nl.zorgkantoor.wlz.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * How Wlz care is delivered (RULES L-01), with the iWlz code (COD578). Verblijf is care in an institution;
 * vpt, mpt and pgb are care at home; dtv (from 2020) combines both; vkb (iWlz 2.2) is "verkeerde bed".
 */
public enum Leveringsvorm {
    PGB("2", "Persoonsgebonden budget", true),
    VERBLIJF("4", "Verblijf in een instelling", false),
    VPT("5", "Volledig pakket thuis", true),
    MPT("7", "Modulair pakket thuis", true),
    DTV("8", "Deeltijdverblijf", false),
    VKB("9", "Verkeerde bed", false);

    private final String iwlzCode;
    private final String omschrijving;
    private final boolean thuis;

    Leveringsvorm(String iwlzCode, String omschrijving, boolean thuis) {
        this.iwlzCode = iwlzCode;
        this.omschrijving = omschrijving;
        this.thuis = thuis;
    }

    public String iwlzCode() {
        return iwlzCode;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Care at home: the budget ceiling and the doelmatigheidstoets apply (RULES B-01). */
    public boolean isThuis() {
        return thuis;
    }

    public static Optional<Leveringsvorm> vanIwlzCode(String code) {
        return Arrays.stream(values()).filter(v -> v.iwlzCode.equals(code)).findFirst();
    }
}
