package nl.zorgkantoor.wlz.uitwisseling.regels;

import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.alleenOp;
import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.eerste;
import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.geldig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One test per conditie (CDnnn, iWlz-Xslt 2.1.4 wlz/2_2/condities) of IO31, AW35 and AW39, and TR106 of AW39: a
 * message that differs from a valid one in one place gets exactly Dnnn (or 9106) on the expected class, nothing else.
 */
class ConditiesTest {

    private static final String BSN = "999990019";
    private static final LocalDate DAG = LocalDate.of(2025, 3, 1);
    private final VasteKennis kennis = new VasteKennis().besluit(BSN, 7, "754");

    private static final String AANVRAAG = """
            <aw39:Aanvragen><aw39:Aanvraag><aw39:Besluitnummer>7</aw39:Besluitnummer>\
            <aw39:Afgiftedatum>2025-02-01</aw39:Afgiftedatum><aw39:Instelling>12345678</aw39:Instelling>\
            <aw39:ZzpCode>754</aw39:ZzpCode><aw39:Klasse>KE4</aw39:Klasse><aw39:Leveringsvorm>4</aw39:Leveringsvorm>\
            <aw39:Dossierhouder>12345678</aw39:Dossierhouder><aw39:AanvraagInstellingen><aw39:AanvraagInstelling>\
            <aw39:Instelling>12345678</aw39:Instelling><aw39:Soort>1</aw39:Soort>\
            <aw39:ToewijzingIngangsdatum>2025-04-01</aw39:ToewijzingIngangsdatum>\
            <aw39:ToewijzingPercentage>10000</aw39:ToewijzingPercentage><aw39:Opname>1</aw39:Opname>\
            </aw39:AanvraagInstelling></aw39:AanvraagInstellingen></aw39:Aanvraag></aw39:Aanvragen>""";

    private static String io31() {
        return Voorbeeldberichten.io31("C-1", BSN, 8, "754", DAG);
    }

    private static String aw35() {
        return Voorbeeldberichten.aw35("C-2", BSN, 7, "754", DAG, DAG.plusDays(3), "1");
    }

    private static String aw39() {
        return Voorbeeldberichten.aw39("C-3", BSN, 7, "754", DAG, DAG.plusDays(10), "1");
    }

    private static String aw39MetAanvraag(String aanvraag) {
        return aw39().replace("</aw39:MutatieZorgzwaartepakketten>", "</aw39:MutatieZorgzwaartepakketten>" + aanvraag);
    }

    private Bevindingen io31(Document d) {
        return Io31Controle.controleer(d, Kop.van(d), kennis).bevindingen();
    }

    private Bevindingen melding(Berichtsoort soort, Document d) {
        return MeldingControle.controleer(soort, d, Kop.van(d), kennis).bevindingen();
    }

    private static Element contact(Document d) {
        return eerste(d, "Clienten", "Client", "Contactgegevens", "Contact");
    }

    private static Element aanvraag(Document d) {
        return eerste(d, "Clienten", "Client", "Aanvragen", "Aanvraag");
    }

    @Test
    void deVoorbeeldberichtenVoldoenAanAlleCondities() {
        assertTrue(io31(geldig(io31(), "IO31.xsd")).isLeeg());
        assertTrue(melding(Berichtsoort.AW35, geldig(aw35(), "AW35.xsd")).isLeeg());
        assertTrue(melding(Berichtsoort.AW39, geldig(aw39MetAanvraag(AANVRAAG), "AW39.xsd")).isLeeg());
    }

    // RULES CD005: Postcode en LandCode samen
    @Test
    void cd005_eenAdresMetPostcodeZonderLandCodeGeeftD005OpContact() {
        Document d = geldig(io31().replace("<iwlz:LandCode>NL</iwlz:LandCode>", ""), "IO31.xsd");
        alleenOp(io31(d), contact(d), "D005");
    }

    // RULES CD025: bij LandCode NL is het Huisnummer verplicht
    @Test
    void cd025_eenNederlandsAdresZonderHuisnummerGeeftD025OpContact() {
        Document d = geldig(io31().replace("<iwlz:Huis><iwlz:Huisnummer>12</iwlz:Huisnummer></iwlz:Huis>", ""),
                "IO31.xsd");
        alleenOp(io31(d), contact(d), "D025");
    }

    // RULES CD007: Taal precies bij Communicatie Vorm 1 (tolk taal)
    @Test
    void cd007_tolkTaalZonderTaalGeeftD007OpClient() {
        Document d = geldig(io31().replace("<io31:Leefeenheid>1</io31:Leefeenheid>",
                "<io31:Leefeenheid>1</io31:Leefeenheid><io31:Communicatie><iwlz:Vorm>1</iwlz:Vorm></io31:Communicatie>"),
                "IO31.xsd");
        alleenOp(io31(d), eerste(d, "Clienten", "Client"), "D007");
    }

    // RULES CD009: een Contact met een Periode is van Soort 04 (tijdelijk verblijf)
    @Test
    void cd009_eenBrpAdresMetPeriodeGeeftD009OpContact() {
        Document d = geldig(io31().replace("</io31:Adres>", "</io31:Adres><io31:Periode><iwlz:Begindatum>2025-01-01"
                + "</iwlz:Begindatum></io31:Periode>"), "IO31.xsd");
        alleenOp(io31(d), contact(d), "D009");
    }

    // RULES CD034: een adres van Soort 01 of 03 heeft een Postcode (CD005 blijft stil zonder beide)
    @Test
    void cd034_eenBrpAdresZonderPostcodeGeeftD034OpContact() {
        Document d = geldig(io31().replace("<iwlz:Postcode>3511AB</iwlz:Postcode>", "")
                .replace("<iwlz:LandCode>NL</iwlz:LandCode>", ""), "IO31.xsd");
        alleenOp(io31(d), contact(d), "D034");
    }

    // RULES CS089: met LandCode NL heeft de Postcode het Nederlandse formaat 9999XX
    @Test
    void cs089_eenNederlandsePostcodeMetSpatieOfKleineLettersGeeftS089OpContact() {
        for (String fout : new String[] {"3511 AB", "3511ab", "0511AB", "351AB"}) {
            Document d = geldig(io31().replace("<iwlz:Postcode>3511AB</iwlz:Postcode>",
                    "<iwlz:Postcode>" + fout + "</iwlz:Postcode>"), "IO31.xsd");
            alleenOp(io31(d), contact(d), "S089");
        }
        Document buitenland = geldig(io31().replace("<iwlz:Postcode>3511AB</iwlz:Postcode>",
                "<iwlz:Postcode>B-1000</iwlz:Postcode>").replace("<iwlz:LandCode>NL</iwlz:LandCode>",
                "<iwlz:LandCode>BE</iwlz:LandCode>"), "IO31.xsd");
        assertTrue(io31(buitenland).isLeeg(), io31(buitenland).samenvatting());
    }

    private static String relatie(String soort, String volgorde, String geboortedatum) {
        return "<io31:Relaties><io31:Relatie><io31:Nummer>1</io31:Nummer>" + volgorde + "<io31:Soort>" + soort
                + "</io31:Soort>" + geboortedatum + "<io31:Naam><iwlz:Geslachtsnaam><iwlz:Achternaam>Jansen"
                + "</iwlz:Achternaam></iwlz:Geslachtsnaam><iwlz:NaamGebruik>1</iwlz:NaamGebruik></io31:Naam><io31:Contact><io31:Soort>02</io31:Soort>"
                + "</io31:Contact></io31:Relatie></io31:Relaties><io31:Contactgegevens>";
    }

    // RULES CD016: een relatie die niet de partner is heeft een Volgorde
    @Test
    void cd016_eenMentorZonderVolgordeGeeftD016OpRelatie() {
        Document d = geldig(io31().replace("<io31:Contactgegevens>", relatie("15", "", "")), "IO31.xsd");
        alleenOp(io31(d), eerste(d, "Clienten", "Client", "Relaties", "Relatie"), "D016");
    }

    // RULES CD017: de partner (Soort 12) heeft een geboortedatum
    @Test
    void cd017_eenPartnerZonderGeboortedatumGeeftD017OpRelatie() {
        Document d = geldig(io31().replace("<io31:Contactgegevens>", relatie("12", "", "")), "IO31.xsd");
        alleenOp(io31(d), eerste(d, "Clienten", "Client", "Relaties", "Relatie"), "D017");
        Document goed = geldig(io31().replace("<io31:Contactgegevens>", relatie("12", "",
                "<io31:Geboortedatum><iwlz:Datum>1940-01-01</iwlz:Datum></io31:Geboortedatum>")), "IO31.xsd");
        assertTrue(io31(goed).isLeeg(), io31(goed).samenvatting());
    }

    private static String functie(String code, String klasse, String vervoer) {
        return "<io31:GeindiceerdeFuncties><io31:GeindiceerdeFunctie>"
                + "<io31:FunctieCode>" + code + "</io31:FunctieCode><io31:Ingangsdatum>" + DAG + "</io31:Ingangsdatum>"
                + "<io31:Klasse>" + klasse + "</io31:Klasse><io31:Leveringsvoorwaarde>1</io31:Leveringsvoorwaarde>"
                + vervoer + "<io31:Financiering>1</io31:Financiering></io31:GeindiceerdeFunctie>"
                + "</io31:GeindiceerdeFuncties><io31:GeindiceerdeZorgzwaartepakketten>";
    }

    // RULES CD022: Vervoer precies bij FunctieCode 64 en 82
    @Test
    void cd022_groepsbegeleidingZonderVervoerGeeftD022OpDeFunctie() {
        String xml = io31().replace("<io31:GeindiceerdeZorgzwaartepakketten>", functie("82", "KD01", ""));
        Document d = geldig(xml, "IO31.xsd");
        alleenOp(io31(d), eerste(d, "Clienten", "Client", "Indicatie", "GeindiceerdeFuncties", "GeindiceerdeFunctie"),
                "D022");
    }

    // RULES CD029, I-03: grondslagen verplicht (zij geven toegang tot de Wlz) tenzij negatief besluit of alleen ZZP 999
    @Test
    void cd029_eenIndicatieZonderGrondslagenGeeftD029OpHetPakket() {
        String zonder = io31().replace("<io31:Grondslagen><iwlz:Grondslag01>02</iwlz:Grondslag01></io31:Grondslagen>", "");
        Document d = geldig(zonder, "IO31.xsd");
        alleenOp(io31(d), eerste(d, "Clienten", "Client", "Indicatie", "GeindiceerdeZorgzwaartepakketten",
                "GeindiceerdZorgzwaartepakket"), "D029");
        assertTrue(io31(geldig(zonder.replace("<io31:ZzpCode>754", "<io31:ZzpCode>999"), "IO31.xsd")).isLeeg(),
                "alleen ZZP0 (999): geen grondslag nodig");
    }

    // RULES CD070: Wzd-datums precies bij WzdVerklaring 1
    @Test
    void cd070_wzdVerklaring1ZonderDatumsGeeftD070OpClient() {
        Document d = geldig(io31().replace("<io31:Contactgegevens>",
                "<io31:Wzd><iwlz:WzdVerklaring>1</iwlz:WzdVerklaring></io31:Wzd><io31:Contactgegevens>"), "IO31.xsd");
        alleenOp(io31(d), eerste(d, "Clienten", "Client"), "D070");
    }

    // RULES CD004: Sleuteldatum alleen bij Leveringsvorm 4 (verblijf)
    @Test
    void cd004_sleuteldatumBijVptGeeftD004() {
        Document d = geldig(aw35().replace("<aw35:Instelling>", "<aw35:Sleuteldatum>" + DAG.plusDays(3)
                + "</aw35:Sleuteldatum><aw35:Instelling>").replace("<aw35:Leveringsvorm>4", "<aw35:Leveringsvorm>5"),
                "AW35.xsd");
        alleenOp(melding(Berichtsoort.AW35, d), eerste(d, "Clienten", "Client", "GeleverdeZorgzwaartepakketten",
                "GeleverdZorgzwaartepakket"), "D004");
    }

    // RULES CD051: Klasse precies bij verblijf of vpt
    @Test
    void cd051_verblijfZonderKlasseGeeftD051() {
        Document d = geldig(aw35().replace("<aw35:Klasse>KE4</aw35:Klasse>", ""), "AW35.xsd");
        alleenOp(melding(Berichtsoort.AW35, d), eerste(d, "Clienten", "Client", "GeleverdeZorgzwaartepakketten",
                "GeleverdZorgzwaartepakket"), "D051");
    }

    // RULES CD072: Etmalen precies bij dtv (8)
    @Test
    void cd072_etmalenBijVerblijfGeeftD072() {
        Document d = geldig(aw35().replace("<aw35:Klasse>", "<aw35:Etmalen>4,0</aw35:Etmalen><aw35:Klasse>"), "AW35.xsd");
        alleenOp(melding(Berichtsoort.AW35, d), eerste(d, "Clienten", "Client", "GeleverdeZorgzwaartepakketten",
                "GeleverdZorgzwaartepakket"), "D072");
    }

    // RULES CD020: InstellingBestemming precies bij Mutatiecode 17 of 21
    @Test
    void cd020_overplaatsingZonderBestemmingGeeftD020() {
        Document d = geldig(Voorbeeldberichten.aw39("C-4", BSN, 7, "754", DAG, DAG.plusDays(10), "17", "5", "1"),
                "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), eerste(d, "Clienten", "Client", "MutatieZorgzwaartepakketten",
                "MutatieZorgzwaartepakket"), "D020");
    }

    // RULES CD090: LeveringsstatusClassificatie precies bij Leveringsstatus 2, 3, 6, 7
    @Test
    void cd090_actiefPlaatsenZonderClassificatieGeeftD090() {
        Document d = geldig(aw39().replace("<aw39:LeveringsstatusClassificatie>12</aw39:LeveringsstatusClassificatie>",
                ""), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), eerste(d, "Clienten", "Client", "MutatieZorgzwaartepakketten",
                "MutatieZorgzwaartepakket"), "D090");
    }

    // RULES CD040: bij pgb geen ToewijzingPercentage, anders verplicht
    @Test
    void cd040_percentageBijPgbGeeftD040OpAanvraagEnInstelling() {
        Document d = geldig(aw39MetAanvraag(AANVRAAG.replace("<aw39:Klasse>KE4</aw39:Klasse>", "")
                .replace("<aw39:Leveringsvorm>4", "<aw39:Leveringsvorm>2")
                .replace("<aw39:Dossierhouder>12345678</aw39:Dossierhouder>", "")
                .replace("<aw39:Opname>1</aw39:Opname>", "")), "AW39.xsd");
        Bevindingen b = melding(Berichtsoort.AW39, d);
        Element instelling = eerste(d, "Clienten", "Client", "Aanvragen", "Aanvraag", "AanvraagInstellingen",
                "AanvraagInstelling");
        assertEquals(Set.of("D040"), b.codes(aanvraag(d)));
        assertEquals(Set.of("D040"), b.codes(instelling));
        assertEquals("D040", b.samenvatting());
    }

    // RULES CD047: Doelmatig 2 vereist een BijzondereSituatie
    @Test
    void cd047_nietDoelmatigZonderBijzondereSituatieGeeftD047() {
        Document d = geldig(aw39MetAanvraag(mpt("<aw39:Doelmatig>2</aw39:Doelmatig>")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), aanvraag(d), "D047");
    }

    // RULES CD048: ToeslagOverig precies als ExtraKostenThuis en ToeslagBeademing leeg zijn
    @Test
    void cd048_bijzondereSituatieZonderToeslagGeeftD048() {
        Document d = geldig(aw39MetAanvraag(mpt("<aw39:Doelmatig>2</aw39:Doelmatig><aw39:BijzondereSituatie>"
                + "</aw39:BijzondereSituatie>")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), aanvraag(d), "D048");
        Document beide = geldig(aw39MetAanvraag(mpt("<aw39:Doelmatig>2</aw39:Doelmatig><aw39:BijzondereSituatie>"
                + "<iwlz:ExtraKostenThuis>5</iwlz:ExtraKostenThuis><iwlz:ToeslagOverig>3</iwlz:ToeslagOverig>"
                + "</aw39:BijzondereSituatie>")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, beide), aanvraag(beide), "D048");
    }

    /** A valid mpt Aanvraag (CoordinatorZorgThuis, Verantwoord, Doelmatig; no Klasse, Dossierhouder, Opname). */
    private static String mpt(String doelmatig) {
        return AANVRAAG.replace("<aw39:Klasse>KE4</aw39:Klasse>", "").replace("<aw39:Leveringsvorm>4",
                        "<aw39:Leveringsvorm>7")
                .replace("<aw39:Dossierhouder>12345678</aw39:Dossierhouder>",
                        "<aw39:CoordinatorZorgThuis>12345678</aw39:CoordinatorZorgThuis>" + doelmatig
                                + "<aw39:Verantwoord>1</aw39:Verantwoord>")
                .replace("<aw39:Opname>1</aw39:Opname>", "");
    }

    @Test
    void mptAanvraagIsGeldig() {
        Document d = geldig(aw39MetAanvraag(mpt("<aw39:Doelmatig>1</aw39:Doelmatig>")), "AW39.xsd");
        assertTrue(melding(Berichtsoort.AW39, d).isLeeg(), melding(Berichtsoort.AW39, d).samenvatting());
    }

    // RULES CD050: CoordinatorZorgThuis precies bij mpt
    @Test
    void cd050_coordinatorZorgThuisBijVerblijfGeeftD050() {
        Document d = geldig(aw39MetAanvraag(AANVRAAG.replace("</aw39:Dossierhouder>",
                "</aw39:Dossierhouder><aw39:CoordinatorZorgThuis>12345678</aw39:CoordinatorZorgThuis>")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), aanvraag(d), "D050");
    }

    // RULES CD052: Opname precies bij verblijf of dtv
    @Test
    void cd052_verblijfZonderOpnameGeeftD052() {
        Document d = geldig(aw39MetAanvraag(AANVRAAG.replace("<aw39:Opname>1</aw39:Opname>", "")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), aanvraag(d), "D052");
    }

    // RULES CD073: Dossierhouder precies bij verblijf, vpt, dtv, vkb
    @Test
    void cd073_verblijfZonderDossierhouderGeeftD073() {
        Document d = geldig(aw39MetAanvraag(AANVRAAG.replace("<aw39:Dossierhouder>12345678</aw39:Dossierhouder>",
                "")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), aanvraag(d), "D073");
    }

    // RULES CD074: Verantwoord en Doelmatig precies bij mpt of dtv
    @Test
    void cd074_mptZonderVerantwoordGeeftD074() {
        Document d = geldig(aw39MetAanvraag(mpt("<aw39:Doelmatig>1</aw39:Doelmatig>")
                .replace("<aw39:Verantwoord>1</aw39:Verantwoord>", "")), "AW39.xsd");
        alleenOp(melding(Berichtsoort.AW39, d), aanvraag(d), "D074");
    }

    // RULES TR106: geen overlappende aanvraagperiodes voor dezelfde zorgeenheid, leveringsvorm, soort en aanbieder
    @Test
    void tr106_tweeOverlappendeAanvragenVoorDezelfdeInstellingGeven9106OpDeTweede() {
        String instelling = AANVRAAG.substring(AANVRAAG.indexOf("<aw39:AanvraagInstelling>"),
                AANVRAAG.indexOf("</aw39:AanvraagInstellingen>"));
        String later = instelling.replace("2025-04-01", "2025-06-01");
        Document d = geldig(aw39MetAanvraag(AANVRAAG.replace("</aw39:AanvraagInstellingen>",
                later + "</aw39:AanvraagInstellingen>")), "AW39.xsd");
        var instellingen = d.getElementsByTagNameNS(Berichtsoort.AW39.namespace(), "AanvraagInstelling");
        alleenOp(melding(Berichtsoort.AW39, d), (Element) instellingen.item(1), "9106");

        String afgesloten = instelling.replace("</aw39:ToewijzingIngangsdatum>",
                "</aw39:ToewijzingIngangsdatum><aw39:ToewijzingEinddatum>2025-05-31</aw39:ToewijzingEinddatum>");
        Document naElkaar = geldig(aw39MetAanvraag(AANVRAAG.replace(instelling, afgesloten)
                .replace("</aw39:AanvraagInstellingen>", later + "</aw39:AanvraagInstellingen>")), "AW39.xsd");
        assertTrue(melding(Berichtsoort.AW39, naElkaar).isLeeg(), "aansluitend, niet overlappend");
    }

    // RULES CS127: geen melding aanvang zorg voor vkb (9)
    @Test
    void cs127_geenMeldingAanvangZorgVoorVerkeerdBed() {
        Document d = geldig(aw35().replace("<aw35:Leveringsvorm>4", "<aw35:Leveringsvorm>9")
                .replace("<aw35:Klasse>KE4</aw35:Klasse>", ""), "AW35.xsd");
        alleenOp(melding(Berichtsoort.AW35, d), eerste(d, "Clienten", "Client", "GeleverdeZorgzwaartepakketten",
                "GeleverdZorgzwaartepakket"), "S127");
    }
}
