package nl.zorgkantoor.wlz.budget.api;

import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * One toeslag as the tariff tables define it on a date (RULES B-03): amount, conditions and the flags that decide
 * whether it counts at home (B-02). The one definition other contexts (regelingen, the UI) read.
 *
 * @param profielen  the zorgprofielen it is meant for; empty = any (RULES T-02)
 * @param leeftijdTot the client must be younger; null = any age (RULES T-03)
 */
public record ToeslagView(String code, String naam, Bedrag dagtarief, Bedrag jaarbedrag, boolean instellingsgebonden,
                          boolean gebruikelijkeZorg, boolean pgbToegestaan, Set<Zorgprofiel> profielen,
                          Integer leeftijdTot, String voorwaarde, String bron) {

    /** RULES B-02: counts in a budget at home under the advies rule set (conditions aside). */
    public boolean teltThuis() {
        return !instellingsgebonden && !gebruikelijkeZorg;
    }
}
