package nl.zorgkantoor.wlz.budget.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetrekenaar;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktGrondslag;
import nl.zorgkantoor.wlz.budget.domain.berekening.Leveringsverdeling;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

/**
 * The scenario simulator on small populations computed by hand from the 2026 rows of the tariff CSVs (365 days):
 * vpt excl. bh VV5 € 190,96, VG5 € 185,66, LG6 € 206,88 (pgb 100%); toeslag DAGBESTEDING_VG5_VG8 € 31,83 per day
 * (counts at home under advies, RULES B-02), EPILEPSIE € 63,65 (instellingsgebonden: never at home).
 */
class ScenariosimulatieTest {

    private static final Budgetrekenaar REKENAAR = new Budgetrekenaar(TestTarieven.tabel());
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);

    // plafonds: 190.96 × 365 = 69,700.40; 185.66 × 365 = 67,765.90; 206.88 × 365 = 75,511.20
    private static final long VV5 = 6_970_040;
    private static final long VG5 = 6_776_590;
    private static final long LG6 = 7_551_120;
    // 31.83 × 365 = 11,617.95
    private static final long DAGBESTEDING = 1_161_795;

    private static Scenarioresultaat drieClienten(int blok, Long kader) {
        Scenariosimulatie simulatie = new Scenariosimulatie(REKENAAR, PEILDATUM, false,
                EktGrondslag.PLAFOND_ZONDER_TOESLAGEN, blok);
        // VV5 pgb € 60.000 per jaar: within both ceilings
        simulatie.voeg(Scenarioclient.eenvoudig(Zorgprofiel.VV5, Leveringsverdeling.PGB, 6_000_000));
        // VG5 mpt € 75.000 with dagbesteding: over the huidig ceiling, within the advies ceiling (gains the toeslag)
        simulatie.voeg(Scenarioclient.eenvoudig(Zorgprofiel.VG5, Leveringsverdeling.MPT, 7_500_000,
                "DAGBESTEDING_VG5_VG8"));
        // LG6 pgb € 80.000 with epilepsie: the instellingsgebonden toeslag never counts, over both ceilings
        simulatie.voeg(Scenarioclient.eenvoudig(Zorgprofiel.LG6, Leveringsverdeling.PGB, 8_000_000, "EPILEPSIE"));
        return simulatie.resultaat("5509", kader);
    }

    // RULES B-07, B-01, B-02
    @Test
    void b07_totalenVerschilWinnaarsEnOndoelmatigOnderBeideRegelsets() {
        Scenarioresultaat r = drieClienten(20_000, null);
        assertThat(r.aantal()).isEqualTo(3);
        assertThat(r.totaalHuidig()).isEqualTo(VV5 + VG5 + LG6).isEqualTo(21_297_750);
        assertThat(r.totaalAdvies()).isEqualTo(VV5 + VG5 + DAGBESTEDING + LG6).isEqualTo(22_459_545);
        assertThat(r.verschil()).isEqualTo(DAGBESTEDING);
        assertThat(r.winnaars()).isEqualTo(1);
        assertThat(r.winstTotaal()).isEqualTo(DAGBESTEDING);
        assertThat(r.winstMaximum()).isEqualTo(DAGBESTEDING);
        assertThat(r.gemiddeldeWinst()).isEqualTo(DAGBESTEDING);
        // € 11.617,95 lies in the band € 10.000-25.000
        assertThat(r.winstVerdeling()).containsExactly(0, 0, 0, 1, 0);
        // huidig: VG5 (75,000 > 67,765.90) and LG6 (80,000 > 75,511.20); advies: only LG6 (75,000 ≤ 79,383.85)
        assertThat(r.ondoelmatigHuidig()).isEqualTo(2);
        assertThat(r.ondoelmatigAdvies()).isEqualTo(1);
        // RULES B-07: against today's total the advice costs exactly the one toeslag more
        assertThat(r.kaderCenten()).isEqualTo(r.totaalHuidig());
        assertThat(r.gatBudgetneutraliteit()).isEqualTo(DAGBESTEDING);
    }

    @Test
    void b07_perSectorEnPerZorgprofiel() {
        Scenarioresultaat r = drieClienten(20_000, null);
        assertThat(r.perSector()).containsExactly(
                new Scenarioresultaat.Groep("VV", 1, VV5, VV5, 0, 0, 0),
                new Scenarioresultaat.Groep("GHZ", 2, VG5 + LG6, VG5 + DAGBESTEDING + LG6, 1, 2, 1));
        assertThat(r.perProfiel()).containsExactly(
                new Scenarioresultaat.Groep("5VV", 1, VV5, VV5, 0, 0, 0),
                new Scenarioresultaat.Groep("5VG", 1, VG5, VG5 + DAGBESTEDING, 1, 1, 0),
                new Scenarioresultaat.Groep("6LG", 1, LG6, LG6, 0, 1, 1));
        assertThat(r.perSector().get(1).verschil()).isEqualTo(DAGBESTEDING);
    }

    @Test
    void b07_eenGegevenKaderGeeftHetGatTegenDatKader() {
        // kader € 220.000,00: 224,595.45 − 220,000.00 = 4,595.45
        Scenarioresultaat r = drieClienten(20_000, 22_000_000L);
        assertThat(r.gatBudgetneutraliteit()).isEqualTo(459_545);
    }

    @Test
    void b07_blokkenVanEenClientGevenHetzelfdeResultaat() {
        Scenarioresultaat inEen = drieClienten(20_000, null);
        Scenarioresultaat perClient = drieClienten(1, null);
        Scenarioresultaat perTwee = drieClienten(2, null);
        assertThat(perClient).usingRecursiveComparison().isEqualTo(inEen);
        assertThat(perTwee).usingRecursiveComparison().isEqualTo(inEen);
    }

    // RULES L-03
    @Test
    void l03_eenPgbVoor5ggzWTeltAlsGeweigerdEnNietInDeTotalen() {
        Scenariosimulatie simulatie = new Scenariosimulatie(REKENAAR, PEILDATUM);
        simulatie.voeg(Scenarioclient.eenvoudig(Zorgprofiel.GGZ5W, Leveringsverdeling.PGB, 1_000_000));
        simulatie.voeg(Scenarioclient.eenvoudig(Zorgprofiel.VV5, Leveringsverdeling.PGB, 1_000_000));
        Scenarioresultaat r = simulatie.resultaat("landelijk", null);
        assertThat(r.geweigerd()).isEqualTo(1);
        assertThat(r.aantal()).isEqualTo(1);
        assertThat(r.totaalHuidig()).isEqualTo(VV5);
    }

    // RULES B-06: a pgb cannot average — a client over his own ceiling stays ondoelmatig, even when the population's
    // total cost (60,000 + 75,000 + 80,000 = 215,000) lies far below its total ceiling (224,595.45 under advies)
    @Test
    void b06_deToetsIsPerClientNietGemiddeldOverDePopulatie() {
        Scenarioresultaat r = drieClienten(20_000, null);
        long kostenTotaal = 6_000_000 + 7_500_000 + 8_000_000;
        assertThat(kostenTotaal).isLessThan(r.totaalAdvies());
        assertThat(r.ondoelmatigAdvies()).isEqualTo(1);
    }
}
