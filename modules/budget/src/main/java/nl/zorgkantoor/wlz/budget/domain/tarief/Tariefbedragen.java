package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * Checks and the one rounding rule for tariff arithmetic: a yearly amount is computed exactly from the day tariff,
 * the number of days and a percentage, then rounded once to whole cents {@link Bedrag#AFRONDING HALF_UP}. Every
 * explanation line carries such a rounded amount, so totals are exact sums of lines.
 */
public final class Tariefbedragen {

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private Tariefbedragen() {
    }

    /** {@code dagtarief × dagen × procent / 100}, rounded once to cents. */
    public static long jaarbedragCenten(BigDecimal dagtarief, int dagen, BigDecimal procent) {
        return dagtarief.multiply(BigDecimal.valueOf(dagen)).multiply(procent)
                .divide(HONDERD, 2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /** A weekly quantity as a yearly amount: {@code tarief × eenheden per week × dagen / 7}, rounded once. */
    public static long weekNaarJaarCenten(BigDecimal tarief, BigDecimal eenhedenPerWeek, int dagen) {
        return tarief.multiply(eenhedenPerWeek).multiply(BigDecimal.valueOf(dagen))
                .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /** {@code procent} percent of an amount in cents, rounded HALF_UP to cents (for positive amounts). */
    public static long percentageCenten(long centen, BigDecimal procent) {
        return BigDecimal.valueOf(centen).multiply(procent).divide(HONDERD, 0, RoundingMode.HALF_UP).longValueExact();
    }

    static void controleerDagtarief(BigDecimal tarief, String wat) {
        if (tarief == null) {
            throw new IllegalArgumentException("Tarief " + wat + " ontbreekt");
        }
        if (tarief.signum() < 0) {
            throw new IllegalArgumentException("Tarief " + wat + " is negatief: " + tarief.toPlainString());
        }
        if (tarief.scale() > 2) {
            throw new IllegalArgumentException("Tarief " + wat + " heeft meer dan twee decimalen: "
                    + tarief.toPlainString());
        }
    }

    static void controleerPercentage(BigDecimal procent, String wat) {
        if (procent == null || procent.signum() <= 0 || procent.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("Ongeldig " + wat + ": " + procent);
        }
    }

    static String bron(String bron) {
        if (bron == null || bron.isBlank()) {
            throw new IllegalArgumentException("Bron ontbreekt: elke tariefregel noemt zijn bron of 'illustratief'");
        }
        return bron.strip();
    }
}
