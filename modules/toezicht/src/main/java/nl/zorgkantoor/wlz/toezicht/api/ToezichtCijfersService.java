package nl.zorgkantoor.wlz.toezicht.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The zorgplicht and waiting-list figures per region and nationally on a peildatum (toezicht.md reports a and b),
 * computed with set-based SQL. Aggregates only; small cells are suppressed (RULES W-08).
 */
public interface ToezichtCijfersService {

    /** Zorgkantoorcodes of the regions that have waiting-list data, in code order. */
    List<String> regios();

    /** A description of the data the figures come from, for the report archive. */
    String dataVersie();

    /**
     * One indicator for a region ({@code regioCode}) or the nation ({@link Cijfertabel#LANDELIJK}).
     * For {@link Indicator#NZA_MELDINGEN} the thresholds crossed are first proposed as meldingen (RULES W-06).
     */
    Cijfertabel bereken(Indicator indicator, String regioCode, LocalDate peildatum);
}
