package nl.zorgkantoor.wlz.toezicht.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Cel;

/**
 * How figures for supervisors are printed, and which are suppressed. RULES W-08: a count of 1 to 4 clients is shown
 * as "&lt;5", and so is every figure derived from fewer than 5 clients (a median, a share, a mutation), so that no
 * client can be recognised. Zero stays visible: it reveals nobody.
 */
public final class Celopmaak {

    public static final int MINIMUM = 5;
    public static final String ONDERDRUKT = "<5";
    public static final String GEEN = "-";
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Celopmaak() {
    }

    /** RULES W-08: true when a figure based on this many clients must not be shown. */
    public static boolean onderdrukt(long aantalClienten) {
        return aantalClienten > 0 && aantalClienten < MINIMUM;
    }

    public static Cel aantal(long n) {
        return onderdrukt(n) ? Cel.tekst(ONDERDRUKT) : new Cel(BigDecimal.valueOf(n), geheel(n));
    }

    /** A number of days or weeks derived from {@code basis} clients. */
    public static Cel afgeleid(Number waarde, long basis) {
        if (basis == 0 || waarde == null) {
            return Cel.tekst(GEEN);
        }
        if (onderdrukt(basis)) {
            return Cel.tekst(ONDERDRUKT);
        }
        BigDecimal w = new BigDecimal(waarde.toString()).setScale(0, RoundingMode.HALF_UP);
        return new Cel(w, geheel(w.longValue()));
    }

    /** Share {@code deel / basis} in percent with one decimal. */
    public static Cel aandeel(long deel, long basis) {
        if (basis == 0) {
            return Cel.tekst(GEEN);
        }
        if (onderdrukt(basis)) {
            return Cel.tekst(ONDERDRUKT);
        }
        BigDecimal pct = procent(deel, basis);
        return new Cel(pct, decimaal(pct) + "%");
    }

    /** RULES W-02 mutation, suppressed when either count is below the minimum (W-08). */
    public static Cel mutatie(long oud, long nieuw) {
        if (onderdrukt(oud) || onderdrukt(nieuw)) {
            return Cel.tekst(ONDERDRUKT);
        }
        Integer m = Tabel1.mutatie(oud, nieuw);
        if (m == null) {
            return Cel.tekst("n.v.t.");
        }
        return new Cel(BigDecimal.valueOf(m), (m > 0 ? "+" : "") + m + "%");
    }

    public static BigDecimal procent(long deel, long basis) {
        return BigDecimal.valueOf(deel).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(basis), 1, RoundingMode.HALF_UP);
    }

    static String geheel(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)).format(n);
    }

    static String decimaal(BigDecimal d) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(NL)).format(d);
    }
}
