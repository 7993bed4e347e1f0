package nl.zorgkantoor.wlz.budget.domain.tarief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * RULES B-03 (README decision "Tarieven": tariff tables are versioned data with provenance): a BEHEERDER delivers a
 * year as the four CSV files; it becomes the next version and replaces whole years, never leaving a gap.
 */
class TariefimportTest {

    private static final SortedSet<Integer> GELADEN = new TreeSet<>(TestTarieven.set().jaren());

    @Test
    void deApiNoemtDezelfdeVierBestanden() {
        assertThat(nl.zorgkantoor.wlz.budget.api.Tariefbeheer.BESTANDEN).isEqualTo(TariefCsv.BESTANDEN);
    }

    @Test
    void b03_eenNieuwJaarDatAansluitWordtDeVolgendeVersie() {
        Tariefset set = Tariefimport.controleer(2, TestTarieven.alleenJaar(2026, "190.96", "2027"), GELADEN);

        assertThat(set.versie()).isEqualTo(2);
        assertThat(set.jaren()).containsExactly(2027);
        assertThat(set.toeslagen()).isNotEmpty().allMatch(t -> t.jaar() == 2027);
        Tarieftabel tabel = Tarieftabel.van(java.util.List.of(TestTarieven.set(), set));
        assertThat(tabel.profieltarief(nl.zorgkantoor.wlz.kernel.Zorgprofiel.VV5, 2027).vptExclBh())
                .isEqualByComparingTo("190.96");
    }

    @Test
    void b03_eenCorrectieVanEenGeladenJaarVervangtDatJaarAlsGeheel() {
        Tariefset correctie = Tariefimport.controleer(2, TestTarieven.alleenJaar(2026, "195.00"), GELADEN);

        Tarieftabel tabel = Tarieftabel.van(java.util.List.of(TestTarieven.set(), correctie));
        assertThat(tabel.profieltarief(nl.zorgkantoor.wlz.kernel.Zorgprofiel.VV5, 2026).vptExclBh())
                .isEqualByComparingTo("195.00");
        assertThat(tabel.profieltarief(nl.zorgkantoor.wlz.kernel.Zorgprofiel.VV5, 2025))
                .isEqualTo(TestTarieven.tabel().profieltarief(nl.zorgkantoor.wlz.kernel.Zorgprofiel.VV5, 2025));
    }

    @Test
    void b03_eenJaarMetEenGatErvoorWordtGeweigerd() {
        assertThatThrownBy(() -> Tariefimport.controleer(2, TestTarieven.alleenJaar(2026, "190.96", "2028"), GELADEN))
                .isInstanceOf(TariefbestandOngeldig.class)
                .satisfies(e -> assertThat(((TariefbestandOngeldig) e).fouten()).containsExactly(
                        "profieltarieven.csv: na deze levering zou 2027 geen tarieven hebben (geladen: 2015–2026,"
                                + " geleverd: 2028); lever de jaren aansluitend"));
    }

    @Test
    void b03_eenLeveringZonderProfieltarievenOfMetLosseToeslagenWordtGeweigerd() {
        Map<String, String> bestanden = TestTarieven.alleenJaar(2026, "190.96");
        bestanden.put(TariefCsv.PROFIELTARIEVEN, TariefCsv.KOP_PROFIELTARIEVEN + "\n");

        assertThatThrownBy(() -> Tariefimport.controleer(2, bestanden, GELADEN))
                .isInstanceOf(TariefbestandOngeldig.class)
                .satisfies(e -> assertThat(((TariefbestandOngeldig) e).fouten())
                        .contains("profieltarieven.csv: geen enkel jaar; een levering bevat de tarieven van minstens"
                                + " één heel jaar")
                        .anyMatch(f -> f.startsWith("toeslagen.csv: toeslag ") && f.endsWith(
                                "voor 2026, maar dat jaar heeft geen profieltarieven in deze levering")));
    }

    @Test
    void b03_fouteRegelsNoemenBestandEnRegelnummer() {
        Map<String, String> bestanden = TestTarieven.alleenJaar(2026, "honderd");

        assertThatThrownBy(() -> Tariefimport.controleer(2, bestanden, GELADEN))
                .isInstanceOf(TariefbestandOngeldig.class)
                .satisfies(e -> assertThat(((TariefbestandOngeldig) e).fouten()).anyMatch(f ->
                        f.matches("profieltarieven\\.csv regel \\d+: vpt_excl_bh 'honderd' is geen getal.*")));
    }
}
