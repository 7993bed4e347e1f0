package nl.zorgkantoor.wlz.regelingen.infrastructure;

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
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import nl.zorgkantoor.wlz.regelingen.domain.Besluit;
import nl.zorgkantoor.wlz.regelingen.domain.Besluitregel;
import nl.zorgkantoor.wlz.regelingen.domain.Beschikkingmaker;
import nl.zorgkantoor.wlz.regelingen.domain.Bevinding;
import nl.zorgkantoor.wlz.regelingen.domain.Clientsituatie;
import nl.zorgkantoor.wlz.regelingen.domain.Regelingaanvraag;

/**
 * The beschikking as a PDF in plain Dutch: what was decided, for which period, the yearly amount per leveringsvorm
 * (a client with both pgb and zorg in natura sees which part he manages himself and which part the zorgaanbieder
 * declares, RULES L-02), the grounds with their rule, and how to object.
 */
@ApplicationScoped
public class PdfBeschikkingmaker implements Beschikkingmaker {

    /** Awb art. 6:7: six weeks to lodge an objection. */
    static final int BEZWAARTERMIJN_WEKEN = 6;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final Font TITEL = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font KOP = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEKST = new Font(Font.HELVETICA, 10);
    private static final Font VET = new Font(Font.HELVETICA, 10, Font.BOLD);

    @Override
    public byte[] maak(Regelingaanvraag a, Clientsituatie client, LocalDate datum) {
        Besluit besluit = a.besluit();
        if (besluit == null) {
            throw new IllegalStateException("Aanvraag " + a.id() + " is nog niet besloten");
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, uit);
            doc.addTitle("Beschikking " + a.soort().omschrijving());
            doc.open();
            doc.add(new Paragraph("Zorgkantoor — Wet langdurige zorg", VET));
            doc.add(new Paragraph("Beschikking " + a.soort().omschrijving().toLowerCase(), TITEL));
            doc.add(new Paragraph(" "));
            doc.add(regel("Datum", DATUM.format(datum)));
            doc.add(regel("Kenmerk", "REG-" + a.id()));
            doc.add(regel("Aan", client.naam() + " (cliëntnummer " + client.clientId() + ")"));
            doc.add(regel("Uw aanvraag", "ontvangen op " + DATUM.format(a.aanvraagdatum()) + ", ingediend door "
                    + a.aanvrager().omschrijving().toLowerCase()
                    + (a.aanvragerNaam() == null ? "" : " (" + a.aanvragerNaam() + ")")));
            doc.add(new Paragraph(" "));

            boolean toegekend = besluit.uitkomst() == Uitkomst.TOEGEKEND;
            kop(doc, "Ons besluit");
            doc.add(new Paragraph(toegekend
                    ? "Wij kennen u " + a.soort().omschrijving().toLowerCase() + " toe."
                    : "Wij wijzen uw aanvraag voor " + a.soort().omschrijving().toLowerCase() + " af.", VET));
            if (toegekend) {
                wat(doc, a, besluit);
            }
            kop(doc, "Waarom wij zo besluiten");
            if (besluit.motivering() != null) {
                doc.add(new Paragraph(besluit.motivering(), TEKST));
            }
            for (Bevinding b : a.gronden()) {
                doc.add(new Paragraph("• " + b.uitleg() + " (regel " + b.regel() + (b.isVoldaan() ? "" : ", niet voldaan")
                        + ")", TEKST));
            }
            kop(doc, "Bent u het niet eens met dit besluit?");
            doc.add(new Paragraph("Dan kunt u bezwaar maken. Doe dat binnen " + BEZWAARTERMIJN_WEKEN
                    + " weken na de datum van deze brief, dus uiterlijk op "
                    + DATUM.format(datum.plusWeeks(BEZWAARTERMIJN_WEKEN)) + ". Stuur een brief of gebruik het "
                    + "bezwaarformulier op onze website. Vermeld uw naam en adres, de datum, het kenmerk REG-" + a.id()
                    + ", waarom u het niet eens bent met het besluit, en onderteken de brief. Het bezwaar kost u "
                    + "niets. Een onafhankelijke cliëntondersteuner kan u daarbij gratis helpen.", TEKST));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Met vriendelijke groet,", TEKST));
            doc.add(new Paragraph(besluit.beslotenDoor() + ", namens het zorgkantoor", TEKST));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Beschikking kon niet worden gemaakt: " + e.getMessage(), e);
        }
        return uit.toByteArray();
    }

    private static void wat(Document doc, Regelingaanvraag a, Besluit besluit) throws DocumentException {
        Periode p = besluit.periode();
        kop(doc, "Wat u krijgt");
        doc.add(new Paragraph("Periode: van " + DATUM.format(p.begin()) + " tot en met " + DATUM.format(p.eind()) + ".",
                TEKST));
        if (!a.besluitregels().isEmpty()) {
            PdfPTable tabel = new PdfPTable(new float[]{3, 5, 2.2f});
            tabel.setWidthPercentage(100);
            tabel.setSpacingBefore(6);
            cel(tabel, "Leveringsvorm", VET, Element.ALIGN_LEFT);
            cel(tabel, "Wat dit betekent", VET, Element.ALIGN_LEFT);
            cel(tabel, "Bedrag per jaar", VET, Element.ALIGN_RIGHT);
            for (Besluitregel r : a.besluitregels()) {
                cel(tabel, r.leveringsvorm().omschrijving() + "\n" + r.omschrijving(), TEKST, Element.ALIGN_LEFT);
                cel(tabel, uitleg(r.leveringsvorm()), TEKST, Element.ALIGN_LEFT);
                cel(tabel, r.bedragPerJaar().formatteer(), TEKST, Element.ALIGN_RIGHT);
            }
            cel(tabel, "Totaal", VET, Element.ALIGN_LEFT);
            cel(tabel, "", TEKST, Element.ALIGN_LEFT);
            cel(tabel, a.totaalPerJaar().formatteer(), VET, Element.ALIGN_RIGHT);
            doc.add(tabel);
        } else {
            doc.add(new Paragraph("De zorg wordt in natura geleverd; u ontvangt geen bedrag.", TEKST));
        }
        if (besluit.heraanvraagdatum() != null) {
            doc.add(new Paragraph("Heeft u na deze periode nog extra zorg nodig? Dien dan uiterlijk "
                    + DATUM.format(besluit.heraanvraagdatum()) + " een heraanvraag in.", TEKST));
        }
    }

    /** RULES L-02: say plainly which part the client manages himself and which part the zorgaanbieder declares. */
    static String uitleg(Leveringsvorm vorm) {
        return vorm == Leveringsvorm.PGB
                ? "Persoonsgebonden budget: u beheert dit deel zelf. De SVB betaalt uw zorgverleners uit dit budget."
                : "Zorg in natura: uw zorgaanbieder levert de zorg en declareert dit deel bij het zorgkantoor. "
                + "U ontvangt dit bedrag niet zelf.";
    }

    private static Paragraph regel(String label, String waarde) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + ": ", VET));
        p.add(new Phrase(waarde, TEKST));
        return p;
    }

    private static void kop(Document doc, String tekst) throws DocumentException {
        Paragraph p = new Paragraph(tekst, KOP);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static void cel(PdfPTable tabel, String tekst, Font font, int uitlijning) {
        PdfPCell c = new PdfPCell(new Phrase(tekst, font));
        c.setHorizontalAlignment(uitlijning);
        c.setPadding(4);
        tabel.addCell(c);
    }
}
