package nl.zorgkantoor.wlz.kernel;

import java.util.Objects;

/**
 * Burgerservicenummer: nine digits that pass the 11-proef (iWlz constraint CS002, RULES X-04).
 * The iWlz XSD only checks the pattern; the 11-proef is a separate rule, so {@link #isGeldig(String)} lets the
 * exchange report S002 instead of failing on construction.
 */
public record Bsn(String waarde) {

    public Bsn {
        Objects.requireNonNull(waarde, "BSN ontbreekt");
        if (!isGeldig(waarde)) {
            throw new IllegalArgumentException("Ongeldig BSN (11-proef, CS002): " + maskeer(waarde));
        }
    }

    public static Bsn of(String waarde) {
        return new Bsn(waarde);
    }

    /** RULES X-04 / iWlz CS002: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a positive multiple of 11. */
    public static boolean isGeldig(String kandidaat) {
        if (kandidaat == null || kandidaat.length() != 9) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = kandidaat.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int gewicht = i == 8 ? -1 : 9 - i;
            som += gewicht * (c - '0');
        }
        return som > 0 && som % 11 == 0;
    }

    /** Completes eight digits with the check digit that makes them a valid BSN, or returns null if none exists. */
    public static String metControlecijfer(String achtCijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (achtCijfers.charAt(i) - '0');
        }
        int laatste = som % 11;
        if (laatste > 9) {
            return null;
        }
        String bsn = achtCijfers + laatste;
        return isGeldig(bsn) ? bsn : null;
    }

    /** Logs and error messages show only the last three digits. */
    public static String maskeer(String waarde) {
        if (waarde == null || waarde.length() < 3) {
            return "***";
        }
        return "******" + waarde.substring(waarde.length() - 3);
    }

    @Override
    public String toString() {
        return maskeer(waarde);
    }
}
