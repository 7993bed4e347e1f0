package nl.zorgkantoor.wlz.budget.api;

import java.math.BigDecimal;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The day tariffs of one zorgprofiel in one year as in force, and the yearly pgb-plafond derived from them (RULES
 * B-01: vpt without behandeling × days of the year × pgb percentage).
 */
public record ProfieltariefView(int jaar, Zorgprofiel profiel, BigDecimal verblijfExclBh, BigDecimal verblijfInclBh,
                                BigDecimal vptExclBh, BigDecimal pgbPercentage, Bedrag pgbPlafond, int versie,
                                String bron) {
}
