package nl.zorgkantoor.wlz.uitwisseling.regels;

import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.alleenOp;
import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.eerste;
import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.geldig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class Io31ControleTest {

    private static final String BSN = "999990019";
    private static final LocalDate INGANG = LocalDate.of(2025, 3, 1);
    private final VasteKennis kennis = new VasteKennis();

    private static String io31() {
        return Voorbeeldberichten.io31("ID-1", BSN, 7, "754", INGANG);
    }

    private Uitkomst controleer(String xml) {
        Document doc = geldig(xml, "IO31.xsd");
        return Io31Controle.controleer(doc, Kop.van(doc), kennis);
    }

    private static Document doc(String xml) {
        return geldig(xml, "IO31.xsd");
    }

    // RULES X-01
    @Test
    void x01_eenGeldigIndicatiebesluitHeeftGeenBevindingen() {
        assertTrue(controleer(io31()).bevindingen().isLeeg());
    }

    @Test
    void cs002_bsnZonderElfproefGeeftS002OpClient() {
        String xml = io31().replace(BSN, "999990018");
        Document d = doc(xml);
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client"), "S002");
    }

    @Test
    void tr002_geboortedatumMeerDan120JaarVoorDagtekeningGeeft9002() {
        Document d = doc(io31().replace("1938-04-12", "1900-01-01"));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client"), "9002");
    }

    @Test
    void cs003_einddatumVoorIngangsdatumGeeftS003OpIndicatie() {
        Document d = doc(io31().replace("<io31:Meerzorg>", "<io31:Einddatum>2025-02-01</io31:Einddatum><io31:Meerzorg>"));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client", "Indicatie"), "S003");
    }

    @Test
    void tr061_zonderBrpOfVerblijfadresGeeft9061() {
        Document d = doc(io31().replace("<io31:Soort>01</io31:Soort>", "<io31:Soort>02</io31:Soort>"));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client"), "9061");
    }

    @Test
    void cs113_soortIndicatieAnders_dan1of4GeeftS113() {
        Document d = doc(io31().replace("<io31:Soort>1</io31:Soort>", "<io31:Soort>2</io31:Soort>"));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client", "Indicatie"), "S113");
    }

    @Test
    void tr079_besluitnummerNietHogerDanHetVorigeGeeft9079() {
        kennis.besluit(BSN, 7, "754");
        Document d = doc(io31());
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client", "Indicatie"), "9079");
    }

    @Test
    void tr079_eenHogerBesluitnummerIsGoed() {
        kennis.besluit(BSN, 6, "753");
        assertTrue(controleer(io31()).bevindingen().isLeeg());
    }

    @Test
    void tr008_klasseDieNietBijDeFunctieHoortGeeft9008() {
        String functie = """
                <io31:GeindiceerdeFuncties><io31:GeindiceerdeFunctie>
                  <io31:FunctieCode>41</io31:FunctieCode><io31:Ingangsdatum>2025-03-01</io31:Ingangsdatum>
                  <io31:Klasse>K8</io31:Klasse><io31:Leveringsvoorwaarde>1</io31:Leveringsvoorwaarde>
                  <io31:Financiering>1</io31:Financiering>
                </io31:GeindiceerdeFunctie></io31:GeindiceerdeFuncties>
                <io31:GeindiceerdeZorgzwaartepakketten>""";
        Document d = doc(io31().replace("<io31:GeindiceerdeZorgzwaartepakketten>", functie));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client", "Indicatie", "GeindiceerdeFuncties", "GeindiceerdeFunctie"),
                "9008");
        assertEquals(Regels.KLASSEN_PER_FUNCTIE.get("41").size(), 8);
    }

    @Test
    void cs074_zzpKlasseBuitenKe4totKe7GeeftS074() {
        Document d = doc(io31().replace("<io31:Klasse>KE4</io31:Klasse>", "<io31:Klasse>KE2</io31:Klasse>"));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client", "Indicatie", "GeindiceerdeZorgzwaartepakketten",
                "GeindiceerdZorgzwaartepakket"), "S074");
    }

    // RULES TR015: the earliest zorgeenheid starts later than the Indicatie
    @Test
    void tr015_zorgeenheidBegintLaterDanDeIndicatieGeeft9015() {
        Document d = doc(zzpIngang(INGANG.plusDays(1)));
        var b = Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
        alleenOp(b, eerste(d, "Clienten", "Client", "Indicatie"), "9015");
    }

    // RULES TR014: the Indicatie ends while its only zorgeenheid is open-ended, and then the other way round
    @Test
    void tr014_laatsteEinddatumVanDeZorgeenhedenIsNietHetEindeVanDeIndicatie() {
        Document metEinde = doc(io31().replace("<io31:Meerzorg>", "<io31:Einddatum>2026-02-28</io31:Einddatum>"
                + "<io31:Meerzorg>"));
        alleenOp(Io31Controle.controleer(metEinde, Kop.van(metEinde), kennis).bevindingen(),
                eerste(metEinde, "Clienten", "Client", "Indicatie"), "9014");

        String zzpEinde = zzpIngang(INGANG).replace("<io31:Klasse>KE4</io31:Klasse>",
                "<io31:Einddatum>2026-02-28</io31:Einddatum><io31:Klasse>KE4</io31:Klasse>");
        Document open = doc(zzpEinde);
        alleenOp(Io31Controle.controleer(open, Kop.van(open), kennis).bevindingen(),
                eerste(open, "Clienten", "Client", "Indicatie"), "9014");

        Document gelijk = doc(zzpEinde.replace("<io31:Meerzorg>", "<io31:Einddatum>2026-02-28</io31:Einddatum>"
                + "<io31:Meerzorg>"));
        assertTrue(Io31Controle.controleer(gelijk, Kop.van(gelijk), kennis).bevindingen().isLeeg());
    }

    /** The IO31 with the Ingangsdatum of its zorgzwaartepakket replaced (the Indicatie keeps INGANG). */
    private static String zzpIngang(LocalDate ingang) {
        String xml = io31();
        int zzp = xml.indexOf("<io31:GeindiceerdZorgzwaartepakket>");
        return xml.substring(0, zzp) + xml.substring(zzp).replaceFirst(
                "<io31:Ingangsdatum>" + INGANG + "</io31:Ingangsdatum>", "<io31:Ingangsdatum>" + ingang
                        + "</io31:Ingangsdatum>");
    }
}
