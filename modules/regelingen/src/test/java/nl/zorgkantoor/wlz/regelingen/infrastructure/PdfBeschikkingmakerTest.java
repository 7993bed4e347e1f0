package nl.zorgkantoor.wlz.regelingen.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import nl.zorgkantoor.wlz.regelingen.domain.Aanvraagfeiten;
import nl.zorgkantoor.wlz.regelingen.domain.Bestand;
import nl.zorgkantoor.wlz.regelingen.domain.Besluitregel;
import nl.zorgkantoor.wlz.regelingen.domain.Besluitvoorstel;
import nl.zorgkantoor.wlz.regelingen.domain.Clientsituatie;
import nl.zorgkantoor.wlz.regelingen.domain.Regelingaanvraag;
import nl.zorgkantoor.wlz.regelingen.domain.Tarieven;
import nl.zorgkantoor.wlz.regelingen.domain.Toetsingscontext;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfBeschikkingmakerTest {

    private static final Instant NU = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private static final Tarieven TARIEVEN = new Tarieven() {
        @Override
        public Bedrag jaarbudgetZonderToeslagen(Zorgprofiel p, Leveringsvorm v, LocalDate d) {
            return Bedrag.euro(60_000);
        }

        @Override
        public Bedrag pabMaximum(LocalDate d) {
            return Bedrag.euro(239_110);
        }

        @Override
        public BigDecimal ektPercentage(LocalDate d) {
            return BigDecimal.valueOf(25);
        }
    };

    // RULES L-02, E-02
    @Test
    void l02_e02_beschikkingToontPgbEnZorgInNaturaApartMetGrondenEnBezwaar() throws Exception {
        Clientsituatie client = new Clientsituatie(7L, "Anna de Vries", LocalDate.of(1985, 1, 1), Zorgprofiel.LG6,
                false, "5509", 1L);
        Regelingaanvraag a = Regelingaanvraag.dienIn(Soort.EKT, Aanvrager.CLIENT, null, VANDAAG,
                Aanvraagfeiten.voor(EnumSet.of(Leveringsvorm.PGB, Leveringsvorm.MPT)).zorgprofielOntoereikend(true)
                        .bouw(), client, "medewerker", NU, VANDAAG);
        a.neemInBehandeling("beoordelaar", NU);
        a.voegDocumentToe(1L, Documenttype.AANVRAAGFORMULIER, VANDAAG, new Bestand("f.pdf", "%PDF-1.4".getBytes()),
                "m", NU, VANDAAG);
        a.besluit(new Besluitvoorstel(Uitkomst.TOEGEKEND, LocalDate.of(2026, 4, 1), 12, List.of(
                new Besluitregel(Leveringsvorm.PGB, "Extra kosten thuis pgb", Bedrag.euro("9000.50")),
                new Besluitregel(Leveringsvorm.MPT, "Extra kosten thuis mpt", Bedrag.euro(5000))), "Aan de regels voldaan.",
                "J. Jansen", null, null), new Toetsingscontext(a, client, Set.of(), false, null, 0), TARIEVEN, NU);

        byte[] pdf = new PdfBeschikkingmaker().maak(a, client, VANDAAG);

        String tekst;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(tekst).contains("Beschikking extra kosten thuis", "Anna de Vries", "Wij kennen u extra kosten thuis toe",
                "van 1 april 2026 tot en met 31 maart 2027", "Persoonsgebonden budget", "€ 9.000,50",
                "Modulair pakket thuis", "€ 5.000,00", "Totaal", "€ 14.000,50", "u beheert dit deel zelf",
                "declareert dit deel bij het zorgkantoor", "regel E-02", "regel E-03", "bezwaar",
                "binnen 6 weken", "13 april 2026");
    }
}
