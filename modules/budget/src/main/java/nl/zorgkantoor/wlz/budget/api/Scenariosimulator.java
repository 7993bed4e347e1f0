package nl.zorgkantoor.wlz.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The scenario simulator (RULES B-07): the rule sets {@code huidig} and {@code advies} over the population at home
 * (clients with a pgb or mpt budget in force) of a region or the country, set-based and streamed; 450,000 clients in
 * seconds to minutes. For policy staff: the totals, the difference per sector and zorgprofiel, who gains, who fails
 * the doelmatigheidstoets under each rule set, and the gap against budget neutrality, with a CSV and a PDF.
 */
public interface Scenariosimulator {

    /**
     * @param regioCode  the region, or null for the whole country
     * @param kaderEuro  the budgettair kader in euros; null = the total under huidig
     * @throws BudgetvraagOngeldig for an unknown region or a negative kader
     */
    ScenarioView simuleer(String regioCode, LocalDate peildatum, BigDecimal kaderEuro);
}
