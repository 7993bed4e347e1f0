package nl.zorgkantoor.wlz.budget.infrastructure.scenario;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenarioresultaat;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * The simulator's result for policy staff (RULES B-07): a CSV (semicolon-separated, decimal comma, so Dutch Excel
 * opens it as numbers) and a one-to-two page PDF in Dutch (OpenPDF).
 */
public final class Scenariorapport {

    private static final Font TITEL = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font KOP = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEKST = new Font(Font.HELVETICA, 9);
    private static final Font VET = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final String[] KOLOMMEN = {"aantal cliënten", "plafond huidig", "plafond advies", "verschil",
        "cliënten erop vooruit", "ondoelmatig huidig", "ondoelmatig advies"};

    private Scenariorapport() {
    }

    public static byte[] csv(Scenarioresultaat r) {
        StringBuilder uit = new StringBuilder();
        uit.append("Scenariosimulatie huidig/advies (RULES B-07);").append(r.gebied()).append(";peildatum ")
                .append(r.peildatum()).append('\n');
        uit.append("onderdeel;naam;").append(String.join(";", KOLOMMEN)).append('\n');
        uit.append("totaal;").append(r.gebied()).append(';').append(r.aantal()).append(';')
                .append(euro(r.totaalHuidig())).append(';').append(euro(r.totaalAdvies())).append(';')
                .append(euro(r.verschil())).append(';').append(r.winnaars()).append(';').append(r.ondoelmatigHuidig())
                .append(';').append(r.ondoelmatigAdvies()).append('\n');
        groepen(uit, "sector", r.perSector());
        groepen(uit, "zorgprofiel", r.perProfiel());
        uit.append("budgetneutraliteit;budgettair kader;").append(euro(r.kaderCenten())).append('\n');
        uit.append("budgetneutraliteit;gat (advies min kader);").append(euro(r.gatBudgetneutraliteit())).append('\n');
        uit.append("winst;totaal;").append(euro(r.winstTotaal())).append('\n');
        uit.append("winst;gemiddeld per cliënt erop vooruit;").append(euro(r.gemiddeldeWinst())).append('\n');
        uit.append("winst;hoogste;").append(euro(r.winstMaximum())).append('\n');
        List<String> banden = banden();
        for (int b = 0; b < banden.size(); b++) {
            uit.append("winstverdeling;").append(banden.get(b)).append(';').append(r.winstVerdeling()[b]).append('\n');
        }
        uit.append("geweigerd;pgb bij 5GGZ-W (RULES L-03);").append(r.geweigerd()).append('\n');
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void groepen(StringBuilder uit, String soort, List<Scenarioresultaat.Groep> groepen) {
        for (Scenarioresultaat.Groep g : groepen) {
            uit.append(soort).append(';').append(g.naam()).append(';').append(g.aantal()).append(';')
                    .append(euro(g.totaalHuidig())).append(';').append(euro(g.totaalAdvies())).append(';')
                    .append(euro(g.verschil())).append(';').append(g.winnaars()).append(';')
                    .append(g.ondoelmatigHuidig()).append(';').append(g.ondoelmatigAdvies()).append('\n');
        }
    }

    public static byte[] pdf(Scenarioresultaat r) {
        Document doc = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(doc, uit);
            doc.addTitle("Scenariosimulatie budgetplafonds " + r.gebied());
            doc.open();
            doc.add(new Paragraph("Scenariosimulatie budgetplafonds: huidig tegenover advies", TITEL));
            doc.add(new Paragraph("Gebied: " + r.gebied() + "; peildatum " + DATUM.format(r.peildatum()) + "; "
                    + r.aantal() + " cliënten thuis met een pgb of mpt.", TEKST));
            doc.add(new Paragraph("Huidig: pgb-plafond zonder toeslagen (RULES B-01). Advies: plafond plus de toeslagen "
                    + "waarvoor de cliënt in aanmerking komt, behalve instellingsgebonden toeslagen en toeslagen voor "
                    + "gebruikelijke zorg (RULES B-02). Toegekende ekt, pab en meerzorg tellen in beide mee. Een "
                    + "cliënt is ondoelmatig als zijn toegekende budget boven het plafond ligt.", TEKST));
            doc.add(new Paragraph(" ", TEKST));
            doc.add(new Paragraph("Budgetneutraliteit (RULES B-07)", KOP));
            PdfPTable kern = new PdfPTable(new float[] {5, 3});
            kern.setWidthPercentage(55);
            kern.setHorizontalAlignment(Element.ALIGN_LEFT);
            rij(kern, "Totaal plafond huidig", euroTekst(r.totaalHuidig()));
            rij(kern, "Totaal plafond advies", euroTekst(r.totaalAdvies()));
            rij(kern, "Verschil advies - huidig", euroTekst(r.verschil()));
            rij(kern, "Budgettair kader", euroTekst(r.kaderCenten()));
            rij(kern, "Gat tegenover het kader (advies - kader)", euroTekst(r.gatBudgetneutraliteit()));
            rij(kern, "Cliënten erop vooruit", r.winnaars() + " van " + r.aantal());
            rij(kern, "Gemiddelde winst per cliënt erop vooruit", euroTekst(r.gemiddeldeWinst()));
            rij(kern, "Hoogste winst", euroTekst(r.winstMaximum()));
            rij(kern, "Ondoelmatig onder huidig / advies", r.ondoelmatigHuidig() + " / " + r.ondoelmatigAdvies());
            rij(kern, "Geweigerd (pgb bij 5GGZ-W, RULES L-03)", Long.toString(r.geweigerd()));
            doc.add(kern);
            doc.add(new Paragraph("Verdeling van de winst", KOP));
            PdfPTable banden = new PdfPTable(new float[] {5, 3});
            banden.setWidthPercentage(55);
            banden.setHorizontalAlignment(Element.ALIGN_LEFT);
            List<String> namen = banden();
            for (int b = 0; b < namen.size(); b++) {
                rij(banden, namen.get(b), Long.toString(r.winstVerdeling()[b]));
            }
            doc.add(banden);
            doc.add(new Paragraph("Per sector", KOP));
            doc.add(groepTabel(r.perSector()));
            doc.add(new Paragraph("Per zorgprofiel", KOP));
            doc.add(groepTabel(r.perProfiel()));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF van de scenariosimulatie maken mislukt: " + e.getMessage(), e);
        }
        return uit.toByteArray();
    }

    private static PdfPTable groepTabel(List<Scenarioresultaat.Groep> groepen) {
        PdfPTable tabel = new PdfPTable(new float[] {2, 1.4f, 2.4f, 2.4f, 2.2f, 1.6f, 1.6f, 1.6f});
        tabel.setWidthPercentage(100);
        tabel.setHeaderRows(1);
        cel(tabel, "naam", VET, Element.ALIGN_LEFT);
        for (String kolom : KOLOMMEN) {
            cel(tabel, kolom, VET, Element.ALIGN_RIGHT);
        }
        for (Scenarioresultaat.Groep g : groepen) {
            cel(tabel, g.naam(), TEKST, Element.ALIGN_LEFT);
            cel(tabel, Long.toString(g.aantal()), TEKST, Element.ALIGN_RIGHT);
            cel(tabel, euroTekst(g.totaalHuidig()), TEKST, Element.ALIGN_RIGHT);
            cel(tabel, euroTekst(g.totaalAdvies()), TEKST, Element.ALIGN_RIGHT);
            cel(tabel, euroTekst(g.verschil()), TEKST, Element.ALIGN_RIGHT);
            cel(tabel, Long.toString(g.winnaars()), TEKST, Element.ALIGN_RIGHT);
            cel(tabel, Long.toString(g.ondoelmatigHuidig()), TEKST, Element.ALIGN_RIGHT);
            cel(tabel, Long.toString(g.ondoelmatigAdvies()), TEKST, Element.ALIGN_RIGHT);
        }
        return tabel;
    }

    private static void rij(PdfPTable tabel, String label, String waarde) {
        cel(tabel, label, TEKST, Element.ALIGN_LEFT);
        cel(tabel, waarde, VET, Element.ALIGN_RIGHT);
    }

    private static void cel(PdfPTable tabel, String tekst, Font font, int uitlijning) {
        PdfPCell cel = new PdfPCell(new Phrase(tekst, font));
        cel.setHorizontalAlignment(uitlijning);
        cel.setPadding(3);
        tabel.addCell(cel);
    }

    /** The names of the gain bands of {@link Scenarioresultaat#WINSTGRENZEN_EURO}, in Dutch. */
    public static List<String> banden() {
        long[] grenzen = Scenarioresultaat.WINSTGRENZEN_EURO;
        List<String> namen = new java.util.ArrayList<>();
        long vorige = 0;
        for (long grens : grenzen) {
            namen.add((vorige == 0 ? "tot en met " : "meer dan € " + String.format(Locale.forLanguageTag("nl"), "%,d",
                    vorige) + " tot en met ") + "€ " + String.format(Locale.forLanguageTag("nl"), "%,d", grens));
            vorige = grens;
        }
        namen.add("meer dan € " + String.format(Locale.forLanguageTag("nl"), "%,d", vorige));
        return namen;
    }

    /** Cents as a CSV number with a decimal comma and no thousands separator, e.g. -1234,56. */
    static String euro(long centen) {
        long abs = Math.abs(centen);
        return (centen < 0 ? "-" : "") + abs / 100 + "," + String.format("%02d", abs % 100);
    }

    private static String euroTekst(long centen) {
        return Bedrag.centen(centen).formatteer();
    }
}
