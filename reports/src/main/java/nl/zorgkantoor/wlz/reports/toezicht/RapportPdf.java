package nl.zorgkantoor.wlz.reports.toezicht;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Cel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Rij;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One report PDF in Dutch (OpenPDF): a title page with region, peildatum and generation time; one table per
 * indicator; charts of the waiting times and of the twelve-peildata trend (JFreeChart); and a page that defines
 * every indicator. It prints only the aggregated, already suppressed cells it is given (RULES W-08).
 */
public class RapportPdf {

    public static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final Font TITEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
    private static final Font KOP = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font TEKST = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font KLEIN = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font KLEIN_VET = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    private final Rapportsoort rapport;
    private final String regio;
    private final LocalDate peildatum;
    private final ZonedDateTime gegenereerd;

    public RapportPdf(Rapportsoort rapport, String regio, LocalDate peildatum, ZonedDateTime gegenereerd) {
        this.rapport = rapport;
        this.regio = regio;
        this.peildatum = peildatum;
        this.gegenereerd = gegenereerd;
    }

    public static String regioNaam(String regio) {
        return Cijfertabel.LANDELIJK.equals(regio) ? "Landelijk (alle zorgkantoorregio's)"
                : "Zorgkantoorregio " + regio + " " + ZorgkantoorRegio.vanCode(regio).map(ZorgkantoorRegio::naam).orElse("");
    }

    public static String bestandsnaam(Rapportsoort rapport, String regio, LocalDate peildatum) {
        return rapport.name().toLowerCase(java.util.Locale.ROOT) + "-" + (Cijfertabel.LANDELIJK.equals(regio)
                ? "landelijk" : regio) + "-" + peildatum + ".pdf";
    }

    public byte[] render(List<Cijfertabel> tabellen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, uit);
            doc.addTitle(rapport.titel() + " " + regioNaam(regio) + " " + peildatum.format(DATUM));
            doc.addCreator("wlz-platform");
            doc.open();
            titelpagina(doc);
            for (Cijfertabel t : tabellen) {
                doc.newPage();
                tabel(doc, t);
                grafiek(doc, t);
            }
            doc.newPage();
            definities(doc);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF opmaken mislukt: " + e.getMessage(), e);
        }
        return uit.toByteArray();
    }

    private void titelpagina(Document doc) throws DocumentException {
        Paragraph titel = new Paragraph(rapport.titel(), TITEL);
        titel.setSpacingBefore(180);
        titel.setAlignment(Element.ALIGN_CENTER);
        doc.add(titel);
        for (String regel : List.of(regioNaam(regio), "Peildatum: " + peildatum.format(DATUM),
                "Gegenereerd op: " + gegenereerd.format(TIJD) + " (" + gegenereerd.getZone() + ")")) {
            Paragraph p = new Paragraph(regel, KOP);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(12);
            doc.add(p);
        }
        Paragraph noot = new Paragraph("Deze rapportage bevat uitsluitend geaggregeerde cijfers. Cellen met minder dan"
                + " 5 cliënten zijn onderdrukt en tonen <5 (RULES W-08).", TEKST);
        noot.setSpacingBefore(60);
        noot.setAlignment(Element.ALIGN_CENTER);
        doc.add(noot);
    }

    private static void tabel(Document doc, Cijfertabel t) throws DocumentException {
        Paragraph kop = new Paragraph(t.indicator().titel(), KOP);
        kop.setSpacingAfter(8);
        doc.add(kop);
        boolean tekstkolom = t.indicator() == Indicator.RESULTAATUITSPRAAK;
        PdfPTable tabel = new PdfPTable(t.kolommen().size() + 1);
        tabel.setWidthPercentage(100);
        if (tekstkolom) {
            tabel.setWidths(new float[] {2, 1.5f, 6});
        }
        tabel.setHeaderRows(1);
        tabel.addCell(cel("", KLEIN_VET, Element.ALIGN_LEFT, new Color(230, 230, 230)));
        for (String k : t.kolommen()) {
            tabel.addCell(cel(k, KLEIN_VET, Element.ALIGN_RIGHT, new Color(230, 230, 230)));
        }
        for (Rij rij : t.rijen()) {
            tabel.addCell(cel(rij.label(), KLEIN, Element.ALIGN_LEFT, null));
            for (Cel c : rij.cellen()) {
                tabel.addCell(cel(c.tekst(), KLEIN, tekstkolom ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, null));
            }
        }
        doc.add(tabel);
    }

    private static PdfPCell cel(String tekst, Font font, int uitlijning, Color achtergrond) {
        PdfPCell cel = new PdfPCell(new Phrase(tekst, font));
        cel.setHorizontalAlignment(uitlijning);
        cel.setPadding(3);
        if (achtergrond != null) {
            cel.setBackgroundColor(achtergrond);
        }
        return cel;
    }

    private static void grafiek(Document doc, Cijfertabel t) throws DocumentException {
        Optional<JFreeChart> grafiek = switch (t.indicator()) {
            case WACHTTIJD_NORM -> Optional.of(wachttijdGrafiek(t));
            case TREND -> Optional.of(trendGrafiek(t));
            default -> Optional.empty();
        };
        if (grafiek.isPresent()) {
            BufferedImage beeld = grafiek.get().createBufferedImage(1000, 560);
            try {
                Image img = Image.getInstance(beeld, null);
                img.scaleToFit(515, 290);
                img.setSpacingBefore(14);
                doc.add(Chunk.NEWLINE);
                doc.add(img);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static JFreeChart wachttijdGrafiek(Cijfertabel t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Rij rij : t.rijen()) {
            for (String kolom : List.of("Mediaan (dagen)", "80e percentiel (dagen)")) {
                Cel c = t.cel(rij.label(), kolom);
                if (c.waarde() != null) {
                    data.addValue(c.waarde(), kolom, rij.label());
                }
            }
        }
        return ChartFactory.createBarChart("Wachttijd per wachtstatus (onderdrukte cellen weggelaten)", "Wachtstatus",
                "Dagen", data, PlotOrientation.VERTICAL, true, false, false);
    }

    private static JFreeChart trendGrafiek(Cijfertabel t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Rij rij : t.rijen()) {
            for (String kolom : t.kolommen()) {
                Cel c = t.cel(rij.label(), kolom);
                if (c.waarde() != null) {
                    data.addValue(c.waarde(), kolom, rij.label());
                }
            }
        }
        return ChartFactory.createLineChart("Wachtenden over twaalf peildata", "Peildatum", "Cliënten", data,
                PlotOrientation.VERTICAL, true, false, false);
    }

    private void definities(Document doc) throws DocumentException {
        doc.add(new Paragraph("Definities van de indicatoren", KOP));
        for (Indicator i : Indicator.van(rapport)) {
            Paragraph naam = new Paragraph(i.titel(), KLEIN_VET);
            naam.setSpacingBefore(8);
            doc.add(naam);
            doc.add(new Paragraph(i.definitie(), KLEIN));
        }
        Paragraph legenda = new Paragraph("<5: minder dan 5 cliënten, onderdrukt (RULES W-08). -: geen cliënten of"
                + " niet van toepassing. Peildata in de trend zijn dezelfde dag van de maand in de elf voorgaande"
                + " maanden.", KLEIN);
        legenda.setSpacingBefore(12);
        doc.add(legenda);
    }
}
