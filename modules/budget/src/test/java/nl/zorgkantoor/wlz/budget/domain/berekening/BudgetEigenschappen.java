package nl.zorgkantoor.wlz.budget.domain.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** Properties of every ceiling, whatever the question (RULES B-02, L-02 and the explanation promise of issue 5). */
class BudgetEigenschappen {

    private static final Budgetrekenaar REKENAAR = new Budgetrekenaar(TestTarieven.tabel());
    private static final List<String> TOESLAGEN = List.of("EPILEPSIE", "BEADEMING_INVASIEF",
            "BEADEMING_NIET_INVASIEF", "KIB", "FORENSISCH", "CVA", "HUNTINGTON", "OBSERVATIE", "JEUGD_ONDER_23",
            "WOONZORG", "DAGBESTEDING_VG5_VG8");

    @Property(tries = 500)
    void deRegelsTellenExactOpTotHetTotaalEnDeVerdelingOok(@ForAll("vragen") Budgetvraag vraag) {
        Budgetplafond plafond = REKENAAR.plafond(vraag);
        long som = plafond.regels().stream().mapToLong(Toelichtingsregel::centen).sum();
        assertThat(som).isEqualTo(plafond.totaalCenten());
        assertThat(plafond.regels()).allSatisfy(r -> {
            assertThat(r.centen()).isNotNegative();
            assertThat(r.regel()).matches("[A-Z]-\\d\\d");
            assertThat(r.bron()).isNotBlank();
        });
        Map<Leveringsvorm, Bedrag> verdeling = plafond.verdeling();
        assertThat(verdeling.values().stream().reduce(Bedrag.NUL, Bedrag::plus)).isEqualTo(plafond.totaal());
    }

    @Property(tries = 500)
    void hetPlafondDaaltNooitAlsErEenToeslagBijKomt(@ForAll("vragen") Budgetvraag vraag,
                                                     @ForAll("toeslag") String extra) {
        // RULES B-02: adding a toeslag can only raise (or keep) the ceiling
        List<String> meer = new ArrayList<>(vraag.toeslagen());
        meer.add(extra);
        Budgetvraag uitgebreid = vraag.wijzig().toeslagen(meer).bouw();
        assertThat(REKENAAR.plafond(uitgebreid).totaalCenten())
                .isGreaterThanOrEqualTo(REKENAAR.plafond(vraag).totaalCenten());
    }

    @Property(tries = 300)
    void adviesIsNooitLagerDanHuidig(@ForAll("vragen") Budgetvraag vraag) {
        long huidig = REKENAAR.plafond(vraag.wijzig().regelset(Regelset.HUIDIG).bouw()).totaalCenten();
        long advies = REKENAAR.plafond(vraag.wijzig().regelset(Regelset.ADVIES).bouw()).totaalCenten();
        assertThat(advies).isGreaterThanOrEqualTo(huidig);
    }

    @Provide
    Arbitrary<String> toeslag() {
        return Arbitraries.of(TOESLAGEN);
    }

    @Provide
    Arbitrary<Budgetvraag> vragen() {
        Arbitrary<Zorgprofiel> profiel = Arbitraries.of(Zorgprofiel.class);
        Arbitrary<LocalDate> datum = Arbitraries.integers().between(0, 12 * 365 - 1)
                .map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
        Arbitrary<Integer> pgbProcent = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.just(100),
                Arbitraries.integers().between(1, 99));
        Arbitrary<List<String>> toeslagen = Arbitraries.of(TOESLAGEN).list().ofMaxSize(4);
        Arbitrary<LocalDate> geboorte = Arbitraries.integers().between(1, 90).map(j -> LocalDate.of(2014 - j, 6, 1))
                .injectNull(0.1);
        Arbitrary<EktAanvraag> ekt = Combinators.combine(Arbitraries.longs().between(0, 5_000_000).map(Bedrag::centen)
                        .injectNull(0.5), Arbitraries.of(EktDoelgroep.class), Arbitraries.of(true, false))
                .as(EktAanvraag::new).injectNull(0.6);
        Arbitrary<PabAanvraag> pab = Arbitraries.longs().between(0, 40_000_000).map(c -> new PabAanvraag(Bedrag.centen(c)))
                .injectNull(0.7);
        Arbitrary<MeerzorgToekenning> meerzorg = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000).map(Bedrag::centen), Arbitraries.of(true, false))
                .as(MeerzorgToekenning::new).injectNull(0.7);
        return Combinators.combine(profiel, datum, pgbProcent, Arbitraries.of(Regelset.class), Arbitraries.of(true, false),
                        toeslagen, geboorte, Combinators.combine(ekt, pab, meerzorg, Arbitraries.of(EktGrondslag.class))
                                .as((e, p, m, g) -> java.util.Arrays.asList(e, p, m, g)))
                .as((p, d, pgb, regelset, alleenMpt, t, g, regelingen) -> {
                    // RULES L-03: 5GGZ-W never has a pgb part
                    int pgbDeel = p == Zorgprofiel.GGZ5W ? 0 : pgb;
                    return Budgetvraag.voor(p, d, new Leveringsverdeling(pgbDeel)).regelset(regelset)
                            .toeslagenAlleenZorgInNatura(alleenMpt).toeslagen(t).geboortedatum(g)
                            .ekt((EktAanvraag) regelingen.get(0)).pab((PabAanvraag) regelingen.get(1))
                            .meerzorg((MeerzorgToekenning) regelingen.get(2))
                            .ektGrondslag((EktGrondslag) regelingen.get(3)).bouw();
                });
    }
}
