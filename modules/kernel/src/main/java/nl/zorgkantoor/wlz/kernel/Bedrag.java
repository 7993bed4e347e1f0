package nl.zorgkantoor.wlz.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in euros, always held to the cent.
 *
 * <p>Rounding rule (one for the whole platform): every computed amount is rounded to whole cents with
 * {@link RoundingMode#HALF_UP} at the moment it becomes a {@code Bedrag} — so every explanation line is in cents
 * and a total is the exact sum of its lines.
 */
public record Bedrag(BigDecimal euro) implements Comparable<Bedrag> {

    public static final RoundingMode AFRONDING = RoundingMode.HALF_UP;
    public static final Bedrag NUL = new Bedrag(BigDecimal.ZERO);

    public Bedrag {
        Objects.requireNonNull(euro, "bedrag ontbreekt");
        euro = euro.setScale(2, AFRONDING);
    }

    public static Bedrag euro(String waarde) {
        return new Bedrag(new BigDecimal(waarde));
    }

    public static Bedrag euro(long waarde) {
        return new Bedrag(BigDecimal.valueOf(waarde));
    }

    public static Bedrag centen(long centen) {
        return new Bedrag(BigDecimal.valueOf(centen, 2));
    }

    public long inCenten() {
        return euro.movePointRight(2).longValueExact();
    }

    public Bedrag plus(Bedrag ander) {
        return new Bedrag(euro.add(ander.euro));
    }

    public Bedrag min(Bedrag ander) {
        return new Bedrag(euro.subtract(ander.euro));
    }

    public Bedrag maal(BigDecimal factor) {
        return new Bedrag(euro.multiply(factor));
    }

    public Bedrag maal(long factor) {
        return new Bedrag(euro.multiply(BigDecimal.valueOf(factor)));
    }

    /** The given percentage of this amount, e.g. {@code percentage(25)} for the ekt raise. */
    public Bedrag percentage(BigDecimal procent) {
        return new Bedrag(euro.multiply(procent).divide(BigDecimal.valueOf(100)));
    }

    public static Bedrag kleinste(Bedrag a, Bedrag b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Bedrag grootste(Bedrag a, Bedrag b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public boolean isNegatief() {
        return euro.signum() < 0;
    }

    public boolean isGroterDan(Bedrag ander) {
        return compareTo(ander) > 0;
    }

    @Override
    public int compareTo(Bedrag ander) {
        return euro.compareTo(ander.euro);
    }

    /** Dutch notation: € 1.234,56. */
    public String formatteer() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"));
        return format.format(euro).replace('\u00a0', ' ');
    }

    @Override
    public String toString() {
        return "€ " + euro.toPlainString();
    }
}
