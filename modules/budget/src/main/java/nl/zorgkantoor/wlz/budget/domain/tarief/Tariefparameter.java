package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.math.BigDecimal;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Periode;

/** A dated number the rules use (ekt percentage, pab maximum, meerzorg threshold) with its source. */
public record Tariefparameter(Soort soort, Periode geldigheid, BigDecimal waarde, String bron) {

    /** The parameters the budget rules need. */
    public enum Soort {
        /** RULES E-02: the ekt raise in percent of the pgb-plafond without toeslagen (B-04). */
        EKT_PERCENTAGE,
        /** RULES M-02: the care need in percent of the profile from which meerzorg is possible. */
        MEERZORG_DREMPEL_PERCENTAGE,
        /** RULES P-04: the maximum raised pgb with a pab, in euro per year. */
        PAB_MAXIMUM
    }

    public Tariefparameter {
        Objects.requireNonNull(soort, "soort parameter ontbreekt");
        Objects.requireNonNull(geldigheid, "geldigheid ontbreekt");
        if (waarde == null || waarde.signum() <= 0) {
            throw new IllegalArgumentException("Parameter " + soort + " heeft geen positieve waarde");
        }
        bron = Tariefbedragen.bron(bron);
    }
}
