package nl.zorgkantoor.wlz.budget.domain.tarief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class TariefCsvTest {

    @Test
    void deMeegeleverdeBestandenZijnVolledigEnGeldig() {
        Tariefset set = TestTarieven.set();
        assertThat(set.jaren()).containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(set.profieltarieven()).hasSize(12 * Zorgprofiel.values().length);
        assertThat(set.toeslagen()).extracting(Toeslag::bron).allSatisfy(b -> assertThat(b).isNotBlank());
        assertThat(set.profieltarieven()).allSatisfy(t -> assertThat(t.bron()).contains("illustratief"));
    }

    // RULES P-04
    @Test
    void p04_pabMaximumPerJaarUitDeSeeds() {
        // RULES P-04: seed 000 L682-683 (2016: € 219.000), seed 002 L170-172 (2019: € 239.110)
        Tarieftabel tabel = TestTarieven.tabel();
        Tariefparameter pab2016 = tabel.parameter(Tariefparameter.Soort.PAB_MAXIMUM, LocalDate.of(2016, 6, 1));
        assertThat(pab2016.waarde()).isEqualByComparingTo("219000");
        assertThat(pab2016.bron()).contains("seed 000");
        Tariefparameter pab2019 = tabel.parameter(Tariefparameter.Soort.PAB_MAXIMUM, LocalDate.of(2019, 12, 31));
        assertThat(pab2019.waarde()).isEqualByComparingTo("239110");
        assertThat(pab2019.bron()).contains("seed 002");
        assertThat(tabel.parameter(Tariefparameter.Soort.PAB_MAXIMUM, LocalDate.of(2017, 1, 1)).bron())
                .startsWith("illustratief");
    }

    // RULES E-02
    @Test
    void e02_ektPercentageEnM02MeerzorgDrempelAlsData() {
        // RULES E-02: seed 000 L606-607, 002 L40 (25%); RULES M-02: seed 000 L3514-3523 (125%)
        Tarieftabel tabel = TestTarieven.tabel();
        assertThat(tabel.waarde(Tariefparameter.Soort.EKT_PERCENTAGE, LocalDate.of(2024, 3, 1)))
                .isEqualByComparingTo("25");
        assertThat(tabel.waarde(Tariefparameter.Soort.MEERZORG_DREMPEL_PERCENTAGE, LocalDate.of(2024, 3, 1)))
                .isEqualByComparingTo("125");
    }

    // RULES B-03
    @Test
    void b03_toeslagenDragenHunVlaggenEnVoorwaarden() {
        // RULES B-03 / B-02: seed 000 L1219-1225 classifies epilepsie (instellingsgebonden), woonzorg
        // (gebruikelijke zorg) and dagbesteding vg5/vg8 (counts at home)
        Tarieftabel tabel = TestTarieven.tabel();
        LocalDate datum = LocalDate.of(2024, 5, 1);
        assertThat(tabel.toeslag("EPILEPSIE", datum)).get().matches(Toeslag::instellingsgebonden);
        assertThat(tabel.toeslag("WOONZORG", datum)).get().matches(Toeslag::gebruikelijkeZorg);
        Toeslag dagbesteding = tabel.toeslag("DAGBESTEDING_VG5_VG8", datum).orElseThrow();
        assertThat(dagbesteding.teltThuis()).isTrue();
        assertThat(dagbesteding.geldtVoorProfiel(Zorgprofiel.VG5)).isTrue();
        assertThat(dagbesteding.geldtVoorProfiel(Zorgprofiel.VG6)).isFalse();
        assertThat(tabel.toeslag("JEUGD_ONDER_23", datum).orElseThrow().leeftijdTot()).isEqualTo(23);
        assertThat(tabel.toeslag("BESTAAT_NIET", datum)).isEmpty();
    }

    @Test
    void eenFoutieveRegelNoemtBestandRegelEnWat() {
        Map<String, String> bestanden = new HashMap<>(TestTarieven.bestanden());
        bestanden.put(TariefCsv.PROFIELTARIEVEN, bestanden.get(TariefCsv.PROFIELTARIEVEN)
                .replaceFirst("2015;VV1;(\\d+\\.\\d+)", "2015;VV1;abc"));
        assertThatThrownBy(() -> TariefCsv.lees(1, bestanden))
                .isInstanceOf(TariefbestandOngeldig.class)
                .hasMessageContaining("profieltarieven.csv regel 2: verblijf_excl_bh 'abc' is geen getal");
    }

    @Test
    void eenJaarMoetVolledigZijnEnRegelsUniek() {
        Map<String, String> bestanden = new HashMap<>(TestTarieven.bestanden());
        String tekst = bestanden.get(TariefCsv.PROFIELTARIEVEN);
        String regelVv1 = tekst.lines().filter(r -> r.startsWith("2016;VV1;")).findFirst().orElseThrow();
        String regelVv2 = tekst.lines().filter(r -> r.startsWith("2016;VV2;")).findFirst().orElseThrow();
        bestanden.put(TariefCsv.PROFIELTARIEVEN, tekst.replace(regelVv2 + "\n", regelVv1 + "\n"));
        assertThatThrownBy(() -> TariefCsv.lees(1, bestanden))
                .isInstanceOf(TariefbestandOngeldig.class)
                .hasMessageContaining("2016 1VV komt meer dan eens voor")
                .hasMessageContaining("jaar 2016 mist zorgprofiel 2VV");
    }

    @Test
    void kopregelEnBronZijnVerplicht() {
        Map<String, String> bestanden = new HashMap<>(TestTarieven.bestanden());
        bestanden.put(TariefCsv.MPT_MODULES, "jaar;code;tarief\n2024;PV;62.00\n");
        bestanden.put(TariefCsv.PARAMETERS, TariefCsv.KOP_PARAMETERS + "\nEKT_PERCENTAGE;2015-01-01;;25.00;\n");
        assertThatThrownBy(() -> TariefCsv.lees(1, bestanden))
                .hasMessageContaining("mpt_modules.csv regel 1: kopregel moet zijn")
                .hasMessageContaining("parameters.csv regel 2: Bron ontbreekt");
    }

    @Test
    void overlappendeParametersWordenGeweigerd() {
        Map<String, String> bestanden = new HashMap<>(TestTarieven.bestanden());
        bestanden.put(TariefCsv.PARAMETERS, bestanden.get(TariefCsv.PARAMETERS)
                + "PAB_MAXIMUM;2019-06-01;2019-12-31;250000.00;test\n");
        assertThatThrownBy(() -> TariefCsv.lees(1, bestanden)).hasMessageContaining("overlapt");
    }

    // RULES B-01
    @Test
    void b01_pgbPlafondIsVptExclBehandelingMaalDagenVanHetJaar() {
        // RULES B-01: seed 000 L1204-1210 — plafond derived from the vpt tariff without behandeling and toeslagen.
        // VV5 2024 (leap year): 180.00 × 366 × 100% = 65,880.00; 2019: 155.27 × 365 = 56,673.55
        Tarieftabel tabel = TestTarieven.tabel();
        assertThat(tabel.pgbPlafondCenten(Zorgprofiel.VV5, 2024)).isEqualTo(6_588_000L);
        assertThat(tabel.pgbPlafondCenten(Zorgprofiel.VV5, 2019)).isEqualTo(5_667_355L);
        assertThatThrownBy(() -> tabel.pgbPlafondCenten(Zorgprofiel.VV5, 2030))
                .isInstanceOf(GeenTarief.class).hasMessageContaining("Geen tarieftabel voor 2030");
    }

    @Test
    void eenLatereVersieVervangtEenJaarAlsGeheel() {
        Tariefset basis = TestTarieven.set();
        Profieltarief oud = basis.profieltarieven().stream()
                .filter(t -> t.jaar() == 2024 && t.profiel() == Zorgprofiel.VV5).findFirst().orElseThrow();
        var nieuw2024 = basis.profieltarieven().stream().filter(t -> t.jaar() == 2024)
                .map(t -> new Profieltarief(2024, t.profiel(), t.verblijfExclBh(), t.verblijfInclBh(),
                        t.vptExclBh().add(BigDecimal.ONE), new BigDecimal("90.00"), "import test"))
                .toList();
        Tariefset versie2 = new Tariefset(2, nieuw2024, basis.toeslagen().stream().filter(t -> t.jaar() == 2024)
                .toList(), basis.mptModules().stream().filter(m -> m.jaar() == 2024).toList(), java.util.List.of());
        Tarieftabel tabel = Tarieftabel.van(java.util.List.of(versie2, basis));
        assertThat(tabel.versie(2024)).isEqualTo(2);
        assertThat(tabel.versie(2023)).isEqualTo(1);
        // (180.00 + 1) × 366 × 90% = 66,246.00 × 0.9 = 59,621.40
        assertThat(tabel.pgbPlafondCenten(Zorgprofiel.VV5, 2024)).isEqualTo(5_962_140L);
        assertThat(tabel.profieltarief(Zorgprofiel.VV5, 2023).bron()).isEqualTo(oud.bron());
        assertThat(tabel.waarde(Tariefparameter.Soort.EKT_PERCENTAGE, LocalDate.of(2024, 1, 1)))
                .isEqualByComparingTo("25");
    }
}
