package nl.zorgkantoor.wlz.budget.domain.berekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple4;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

/**
 * The bulk path (totals only, long cents, no explanation lines) gives exactly the engine's total for every client,
 * across profiles, years 2015-2026, leveringsvormen, both rule sets, toeslagen with and without their conditions
 * and the granted regelingen (RULES B-01..B-04, B-07, E-02..E-05, L-02, L-03, M-01, M-03, P-01..P-04, T-02, T-03).
 */
class PlafondbulkEigenschappen {

    private static final Budgetrekenaar REKENAAR = new Budgetrekenaar(TestTarieven.tabel());
    private static final List<String> TOESLAGEN = List.of("EPILEPSIE", "BEADEMING_INVASIEF",
            "BEADEMING_NIET_INVASIEF", "KIB", "FORENSISCH", "CVA", "HUNTINGTON", "OBSERVATIE", "JEUGD_ONDER_23",
            "WOONZORG", "DAGBESTEDING_VG5_VG8", "BESTAAT_NIET");

    /** One client of a scenario: everything but the scenario's reference date, rule set, B-02 switch, ekt base. */
    record Client(Zorgprofiel profiel, int pgbProcent, List<String> toeslagen, Integer leeftijdInDagen,
                  EktAanvraag ekt, PabAanvraag pab, MeerzorgToekenning meerzorg) {

        Budgetvraag vraag(Tuple4<LocalDate, Regelset, Boolean, EktGrondslag> scenario) {
            LocalDate peildatum = scenario.get1();
            return Budgetvraag.voor(profiel, peildatum, new Leveringsverdeling(pgbProcent))
                    .regelset(scenario.get2()).toeslagenAlleenZorgInNatura(scenario.get3())
                    .ektGrondslag(scenario.get4()).toeslagen(toeslagen)
                    .geboortedatum(leeftijdInDagen == null ? null : peildatum.minusDays(leeftijdInDagen))
                    .ekt(ekt).pab(pab).meerzorg(meerzorg).bouw();
        }
    }

    @Property(tries = 400)
    void b07_deBulkGeeftPerClientPreciesHetTotaalVanDeEngine(
            @ForAll("scenario") Tuple4<LocalDate, Regelset, Boolean, EktGrondslag> scenario,
            @ForAll @Size(min = 1, max = 40) List<@From("client") Client> clienten) {
        Plafondbulk bulk = new Plafondbulk(REKENAAR, scenario.get1(), scenario.get2(), scenario.get3(), scenario.get4());
        Plafondbulk.Cohort cohort = bulk.cohort(clienten.size());
        long[] verwacht = new long[clienten.size()];
        for (int i = 0; i < clienten.size(); i++) {
            Budgetvraag vraag = clienten.get(i).vraag(scenario);
            assertThat(cohort.voeg(vraag)).isEqualTo(i);
            verwacht[i] = viaEngine(vraag);
        }
        assertThat(bulk.plafonds(cohort)).containsExactly(verwacht);
    }

    @Test
    void l03_eenPgbVoor5ggzWIsGeweigerdInDeBulkZoalsInDeEngine() {
        LocalDate peildatum = LocalDate.of(2026, 3, 1);
        Plafondbulk bulk = new Plafondbulk(REKENAAR, peildatum, Regelset.ADVIES, false,
                EktGrondslag.PLAFOND_ZONDER_TOESLAGEN);
        Plafondbulk.Cohort cohort = bulk.cohort(2);
        cohort.voeg(Budgetvraag.voor(Zorgprofiel.GGZ5W, peildatum, Leveringsverdeling.gemengd(10)).bouw());
        cohort.voeg(Budgetvraag.voor(Zorgprofiel.GGZ5W, peildatum, Leveringsverdeling.MPT).bouw());
        long[] plafonds = bulk.plafonds(cohort);
        assertThat(plafonds[0]).isEqualTo(Plafondbulk.GEWEIGERD);
        assertThat(plafonds[1]).isEqualTo(REKENAAR.plafond(
                Budgetvraag.voor(Zorgprofiel.GGZ5W, peildatum, Leveringsverdeling.MPT).bouw()).totaalCenten());
        assertThat(bulk.som(cohort)).isEqualTo(plafonds[1]);
    }

    @Test
    void b07_eenVraagVanEenAnderScenarioWordtGeweigerd() {
        LocalDate peildatum = LocalDate.of(2026, 3, 1);
        Plafondbulk bulk = new Plafondbulk(REKENAAR, peildatum, Regelset.ADVIES, false,
                EktGrondslag.PLAFOND_ZONDER_TOESLAGEN);
        Budgetvraag huidig = Budgetvraag.voor(Zorgprofiel.VV5, peildatum, Leveringsverdeling.PGB)
                .regelset(Regelset.HUIDIG).bouw();
        assertThatThrownBy(() -> bulk.cohort(1).voeg(huidig)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scenario");
    }

    private static long viaEngine(Budgetvraag vraag) {
        try {
            return REKENAAR.plafond(vraag).totaalCenten();
        } catch (BudgetGeweigerd geweigerd) {
            return Plafondbulk.GEWEIGERD;
        }
    }

    @Provide
    Arbitrary<Tuple4<LocalDate, Regelset, Boolean, EktGrondslag>> scenario() {
        // every year of the tables, and the days around the E-03 switch of 1 July 2018
        Arbitrary<LocalDate> datum = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12 * 365 - 1).map(d -> LocalDate.of(2015, 1, 1).plusDays(d)),
                Arbitraries.of(LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1)));
        return Combinators.combine(datum, Arbitraries.of(Regelset.class), Arbitraries.of(true, false),
                Arbitraries.of(EktGrondslag.class)).as(Tuple::of);
    }

    @Provide
    Arbitrary<Client> client() {
        Arbitrary<Zorgprofiel> profiel = Arbitraries.of(Zorgprofiel.class);
        Arbitrary<Integer> pgbProcent = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.just(100),
                Arbitraries.integers().between(1, 99));
        Arbitrary<List<String>> toeslagen = Arbitraries.of(TOESLAGEN).list().ofMaxSize(5);
        // ages around the limits of P-02 (18), E-03 and T-03 (23), and unknown
        Arbitrary<Integer> leeftijd = Arbitraries.oneOf(Arbitraries.integers().between(0, 95 * 365),
                Arbitraries.integers().between(17 * 365, 24 * 366)).injectNull(0.1);
        Arbitrary<EktAanvraag> ekt = Combinators.combine(Arbitraries.longs().between(0, 5_000_000).map(Bedrag::centen)
                        .injectNull(0.5), Arbitraries.of(EktDoelgroep.class), Arbitraries.of(true, false))
                .as(EktAanvraag::new).injectNull(0.6);
        Arbitrary<PabAanvraag> pab = Arbitraries.longs().between(0, 40_000_000).map(c -> new PabAanvraag(Bedrag.centen(c)))
                .injectNull(0.7);
        Arbitrary<MeerzorgToekenning> meerzorg = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000).map(Bedrag::centen), Arbitraries.of(true, false))
                .as(MeerzorgToekenning::new).injectNull(0.7);
        return Combinators.combine(profiel, pgbProcent, toeslagen, leeftijd, ekt, pab, meerzorg).as(Client::new);
    }
}
