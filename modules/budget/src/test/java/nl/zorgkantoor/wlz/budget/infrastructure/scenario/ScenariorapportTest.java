package nl.zorgkantoor.wlz.budget.infrastructure.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetrekenaar;
import nl.zorgkantoor.wlz.budget.domain.berekening.Leveringsverdeling;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenarioclient;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenarioresultaat;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenariosimulatie;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The simulator's CSV and PDF for policy staff carry the hand-computed figures (RULES B-07). */
class ScenariorapportTest {

    private static Scenarioresultaat resultaat() {
        Scenariosimulatie simulatie = new Scenariosimulatie(new Budgetrekenaar(TestTarieven.tabel()),
                LocalDate.of(2026, 7, 1));
        // VG5 mpt with dagbesteding: huidig 185.66 × 365 = 67,765.90; advies + 31.83 × 365 = 79,383.85
        simulatie.voeg(Scenarioclient.eenvoudig(Zorgprofiel.VG5, Leveringsverdeling.MPT, 7_500_000,
                "DAGBESTEDING_VG5_VG8"));
        return simulatie.resultaat("5509", null);
    }

    // RULES B-07
    @Test
    void b07_deCsvHeeftDecimaleKommaEnDeGetallenPerSectorEnProfiel() {
        String csv = new String(Scenariorapport.csv(resultaat()), StandardCharsets.UTF_8);
        assertThat(csv).contains("totaal;5509;1;67765,90;79383,85;11617,95;1;1;0\n")
                .contains("sector;GHZ;1;67765,90;79383,85;11617,95;1;1;0\n")
                .contains("zorgprofiel;5VG;1;67765,90;79383,85;11617,95;1;1;0\n")
                .contains("budgetneutraliteit;gat (advies min kader);11617,95\n")
                .contains("winstverdeling;meer dan € 10.000 tot en met € 25.000;1\n");
        assertThat(Scenariorapport.euro(-5)).isEqualTo("-0,05");
    }

    @Test
    void b07_dePdfIsNederlandsEnNoemtHetGatTegenHetKader() throws Exception {
        byte[] pdf = Scenariorapport.pdf(resultaat());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Scenariosimulatie budgetplafonds").contains("Budgetneutraliteit (RULES B-07)")
                    .contains("€ 67.765,90").contains("€ 79.383,85").contains("€ 11.617,95")
                    .contains("Per zorgprofiel").contains("5VG");
        }
    }
}
