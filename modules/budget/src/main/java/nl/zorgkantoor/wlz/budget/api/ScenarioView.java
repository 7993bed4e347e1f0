package nl.zorgkantoor.wlz.budget.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of the scenario simulator (RULES B-07), amounts in cents, with the CSV and the Dutch PDF for download.
 *
 * @param winstVerdeling clients per gain band, the bands named in {@code winstBanden}
 */
public record ScenarioView(String gebied, LocalDate peildatum, long aantal, long totaalHuidig, long totaalAdvies,
                           long kader, long gatBudgetneutraliteit, List<Groep> perSector, List<Groep> perProfiel,
                           long winnaars, long winstTotaal, long gemiddeldeWinst, long winstMaximum,
                           List<String> winstBanden, List<Long> winstVerdeling, long ondoelmatigHuidig,
                           long ondoelmatigAdvies, long geweigerd, long duurMs, byte[] csv, byte[] pdf) {

    /** A sector or zorgprofiel. */
    public record Groep(String naam, long aantal, long totaalHuidig, long totaalAdvies, long winnaars,
                        long ondoelmatigHuidig, long ondoelmatigAdvies) {

        public long verschil() {
            return totaalAdvies - totaalHuidig;
        }
    }

    public long verschil() {
        return totaalAdvies - totaalHuidig;
    }
}
