package nl.zorgkantoor.wlz.reports.toezicht;

import java.io.Serializable;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;

/** One item of the compute steps: an indicator for a region (or 0000 for the nation). */
public record RegioIndicator(String regio, Indicator indicator) implements Serializable {
}
