package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.math.BigDecimal;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The day tariffs of one zorgprofiel in one calendar year, with the published source or "illustratief".
 *
 * @param verblijfExclBh day tariff of verblijf (zzp) without behandeling
 * @param verblijfInclBh day tariff of verblijf (zzp) with behandeling
 * @param vptExclBh      day tariff of the volledig pakket thuis without behandeling: the zzp tariff minus the
 *                       verblijfscomponent (RULES L-07); the pgb-plafond is derived from it (RULES B-01)
 * @param pgbPercentage  the share of the in-kind tariff that makes the pgb-plafond (100 when the plafond equals it)
 */
public record Profieltarief(int jaar, Zorgprofiel profiel, BigDecimal verblijfExclBh, BigDecimal verblijfInclBh,
                            BigDecimal vptExclBh, BigDecimal pgbPercentage, String bron) {

    public Profieltarief {
        Tariefjaar.controleer(jaar);
        Objects.requireNonNull(profiel, "zorgprofiel ontbreekt");
        Tariefbedragen.controleerDagtarief(verblijfExclBh, "verblijf excl. behandeling");
        Tariefbedragen.controleerDagtarief(verblijfInclBh, "verblijf incl. behandeling");
        Tariefbedragen.controleerDagtarief(vptExclBh, "vpt excl. behandeling");
        Tariefbedragen.controleerPercentage(pgbPercentage, "pgb-percentage");
        bron = Tariefbedragen.bron(bron);
    }
}
