package nl.zorgkantoor.wlz.budget.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.ScenarioView;
import nl.zorgkantoor.wlz.budget.api.Scenariosimulator;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenarioresultaat;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenariosimulatie;
import nl.zorgkantoor.wlz.budget.domain.tarief.GeenTarief;
import nl.zorgkantoor.wlz.budget.infrastructure.scenario.JdbcScenariopopulatie;
import nl.zorgkantoor.wlz.budget.infrastructure.scenario.Scenariorapport;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * RULES B-07: streams the population once and computes both rule sets through the engine's bulk path; only the
 * aggregates per zorgprofiel stay in memory.
 */
@Stateless
@Local(Scenariosimulator.class)
public class ScenarioService implements Scenariosimulator {

    private static final Logger LOG = Logger.getLogger(ScenarioService.class.getName());

    @EJB
    private TarieftabelCache tarieven;

    @Inject
    private JdbcScenariopopulatie populatie;

    @Override
    public ScenarioView simuleer(String regioCode, LocalDate peildatum, BigDecimal kaderEuro) {
        if (peildatum == null) {
            throw new BudgetvraagOngeldig(null, "Geef een peildatum op");
        }
        String regio = null;
        if (regioCode != null && !regioCode.isBlank()) {
            try {
                regio = ZorgkantoorRegio.parse(regioCode.strip()).code();
            } catch (RuntimeException e) {
                throw new BudgetvraagOngeldig(null, "Onbekende zorgkantoorregio '" + regioCode + "'");
            }
        }
        Long kader = null;
        if (kaderEuro != null) {
            if (kaderEuro.signum() < 0 || kaderEuro.scale() > 2) {
                throw new BudgetvraagOngeldig(null, "Het budgettair kader is een bedrag in euro's van 0 of meer,"
                        + " met hoogstens twee decimalen");
            }
            kader = kaderEuro.movePointRight(2).longValueExact();
        }
        long start = System.nanoTime();
        Scenariosimulatie simulatie;
        try {
            simulatie = new Scenariosimulatie(tarieven.rekenaar(), peildatum);
        } catch (GeenTarief e) {
            throw new BudgetvraagOngeldig(null, e.getMessage());
        }
        long gelezen = populatie.lees(regio, peildatum, simulatie::voeg);
        Scenarioresultaat r = simulatie.resultaat(regio == null ? "landelijk" : regio, kader);
        long duur = (System.nanoTime() - start) / 1_000_000;
        String gebied = r.gebied();
        LOG.info(() -> "Scenariosimulatie " + gebied + " op " + peildatum + ": " + gelezen + " cliënten in " + duur
                + " ms");
        return new ScenarioView(r.gebied(), r.peildatum(), r.aantal(), r.totaalHuidig(), r.totaalAdvies(),
                r.kaderCenten(), r.gatBudgetneutraliteit(), groepen(r.perSector()), groepen(r.perProfiel()),
                r.winnaars(), r.winstTotaal(), r.gemiddeldeWinst(), r.winstMaximum(), Scenariorapport.banden(),
                Arrays.stream(r.winstVerdeling()).boxed().toList(), r.ondoelmatigHuidig(), r.ondoelmatigAdvies(),
                r.geweigerd(), duur, Scenariorapport.csv(r), Scenariorapport.pdf(r));
    }

    private static List<ScenarioView.Groep> groepen(List<Scenarioresultaat.Groep> groepen) {
        return groepen.stream().map(g -> new ScenarioView.Groep(g.naam(), g.aantal(), g.totaalHuidig(),
                g.totaalAdvies(), g.winnaars(), g.ondoelmatigHuidig(), g.ondoelmatigAdvies())).toList();
    }
}
