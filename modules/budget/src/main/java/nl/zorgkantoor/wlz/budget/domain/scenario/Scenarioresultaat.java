package nl.zorgkantoor.wlz.budget.domain.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * Both rule sets over one population (RULES B-07): totals, the difference per sector and per zorgprofiel, who gains
 * and by how much, who fails the doelmatigheidstoets under each rule set, and the gap against budget neutrality.
 * Amounts in cents.
 *
 * @param kaderCenten     the budgettair kader the advice is judged against; the total under {@code huidig} unless
 *                        policy staff gave another
 * @param geweigerd       clients who cannot have this budget at all under either rule set (RULES L-03)
 * @param winstVerdeling  clients per gain band, bands in {@link #WINSTGRENZEN_EURO}
 */
public record Scenarioresultaat(String gebied, LocalDate peildatum, long aantal, long totaalHuidig,
                                long totaalAdvies, long kaderCenten, List<Groep> perSector, List<Groep> perProfiel,
                                long winnaars, long winstTotaal, long winstMaximum, long[] winstVerdeling,
                                long ondoelmatigHuidig, long ondoelmatigAdvies, long geweigerd) {

    /** Upper bounds (in euros, inclusive) of the gain bands; the last band is everything above. */
    public static final long[] WINSTGRENZEN_EURO = {1_000, 5_000, 10_000, 25_000};

    /** A sector or zorgprofiel: how many clients, both totals, how many gain and how many fail under each. */
    public record Groep(String naam, long aantal, long totaalHuidig, long totaalAdvies, long winnaars,
                        long ondoelmatigHuidig, long ondoelmatigAdvies) {

        public long verschil() {
            return totaalAdvies - totaalHuidig;
        }
    }

    public long verschil() {
        return totaalAdvies - totaalHuidig;
    }

    /** RULES B-07: what the advice costs above (positive) or below (negative) the budgettair kader. */
    public long gatBudgetneutraliteit() {
        return totaalAdvies - kaderCenten;
    }

    public long gemiddeldeWinst() {
        return winnaars == 0 ? 0 : Math.round((double) winstTotaal / winnaars);
    }
}
