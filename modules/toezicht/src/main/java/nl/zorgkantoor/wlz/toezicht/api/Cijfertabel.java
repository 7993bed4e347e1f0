package nl.zorgkantoor.wlz.toezicht.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One indicator's figures for a region (or the nation) on a peildatum, ready to print: every cell already carries
 * its Dutch text, with small cells suppressed (RULES W-08). Aggregates only, never client data.
 *
 * @param regioCode  zorgkantoorcode, or {@link #LANDELIJK} for the national figures
 */
public record Cijfertabel(Indicator indicator, String regioCode, List<String> kolommen, List<Rij> rijen)
        implements Serializable {

    public static final String LANDELIJK = "0000";

    public Cijfertabel {
        Objects.requireNonNull(indicator, "indicator");
        kolommen = List.copyOf(kolommen);
        rijen = List.copyOf(rijen);
    }

    /** One row: a label and one cell per column. */
    public record Rij(String label, List<Cel> cellen) implements Serializable {
        public Rij {
            cellen = List.copyOf(cellen);
        }
    }

    /** A cell: the number behind it (null when there is none or it is suppressed) and the text to print. */
    public record Cel(BigDecimal waarde, String tekst) implements Serializable {
        public static Cel tekst(String tekst) {
            return new Cel(null, tekst);
        }
    }

    /** The cell in the row with this label and the column with this header, for tests and charts. */
    public Cel cel(String rijlabel, String kolom) {
        int k = kolommen.indexOf(kolom);
        if (k < 0) {
            throw new IllegalArgumentException("Onbekende kolom " + kolom + " in " + indicator);
        }
        return rijen.stream().filter(r -> r.label().equals(rijlabel)).findFirst()
                .map(r -> r.cellen().get(k))
                .orElseThrow(() -> new IllegalArgumentException("Onbekende rij " + rijlabel + " in " + indicator));
    }
}
