package nl.zorgkantoor.wlz.uitwisseling.regels;

import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.alleenOp;
import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.eerste;
import static nl.zorgkantoor.wlz.uitwisseling.regels.Berichten.geldig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MeldingControleTest {

    private static final String BSN = "999990019";
    private static final LocalDate TOEWIJZING = LocalDate.of(2025, 3, 1);
    private final VasteKennis kennis = new VasteKennis().besluit(BSN, 7, "754");

    private static String aw35(String status) {
        return Voorbeeldberichten.aw35("A-1", BSN, 7, "754", TOEWIJZING, TOEWIJZING.plusDays(3), status);
    }

    private static String aw39() {
        return Voorbeeldberichten.aw39("M-1", BSN, 7, "754", TOEWIJZING, TOEWIJZING.plusDays(10), "1");
    }

    private Uitkomst controleer(Berichtsoort soort, Document d) {
        return MeldingControle.controleer(soort, d, Kop.van(d), kennis);
    }

    private static Element zzp35(Document d) {
        return eerste(d, "Clienten", "Client", "GeleverdeZorgzwaartepakketten", "GeleverdZorgzwaartepakket");
    }

    private static Element zzp39(Document d) {
        return eerste(d, "Clienten", "Client", "MutatieZorgzwaartepakketten", "MutatieZorgzwaartepakket");
    }

    // RULES X-01
    @Test
    void x01_eenGeldigeAw35HeeftGeenBevindingenEnLevertZijnSleutelAan() {
        Uitkomst u = controleer(Berichtsoort.AW35, geldig(aw35("1"), "AW35.xsd"));
        assertTrue(u.bevindingen().isLeeg(), u.bevindingen().samenvatting());
        assertEquals(1, u.aanleveringen().size());
        assertEquals("1", u.aanleveringen().get(0).status());
    }

    // RULES X-01
    @Test
    void x01_eenGeldigeAw39HeeftGeenBevindingen() {
        assertTrue(controleer(Berichtsoort.AW39, geldig(aw39(), "AW39.xsd")).bevindingen().isLeeg());
    }

    @Test
    void cs002_bsnZonderElfproefGeeftS002() {
        Document d = geldig(aw35("1").replace(BSN, "999990018"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), eerste(d, "Clienten", "Client"), "S002");
    }

    @Test
    void onbekendeClientGeeft0448() {
        Document d = geldig(aw35("1").replace(BSN, "999990020"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), eerste(d, "Clienten", "Client"), "0448");
    }

    @Test
    void tr064_instellingIsNietDeAfzenderGeeft9064() {
        Document d = geldig(aw35("1").replace("<aw35:Instelling>12345678", "<aw35:Instelling>87654321"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), zzp35(d), "9064");
    }

    @Test
    void cs058_statusAanleveringGewijzigdIsInAw35NietToegestaan() {
        Document d = geldig(aw35("2"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), zzp35(d), "S058");
    }

    @Test
    void cs127_geenMeldingAanvangZorgVoorPgb() {
        Document d = geldig(aw35("1").replace("<aw35:Leveringsvorm>4", "<aw35:Leveringsvorm>2")
                .replace("<aw35:Klasse>KE4</aw35:Klasse>", ""), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), zzp35(d), "S127");
    }

    @Test
    void tr019_meldingZonderBijbehorendBesluitGeeft9019() {
        Document d = geldig(aw35("1").replace("<aw35:ZzpCode>754", "<aw35:ZzpCode>755"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), zzp35(d), "9019");
    }

    @Test
    void tr074_eersteAanleveringVanEenBestaandeSleutelGeeft9074() {
        Document eerst = geldig(aw35("1"), "AW35.xsd");
        String sleutel = controleer(Berichtsoort.AW35, eerst).aanleveringen().get(0).sleutel();
        kennis.aanleveringen.put(sleutel, "1");
        Document d = geldig(aw35("1"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), zzp35(d), "9074");
    }

    @Test
    void tr063_verwijderenZonderEerdereAanleveringGeeft9063() {
        Document d = geldig(aw35("3"), "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), zzp35(d), "9063");
    }

    @Test
    void tr063_verwijderenNaEerdereAanleveringIsGoed() {
        Document eerst = geldig(aw35("1"), "AW35.xsd");
        kennis.aanleveringen.put(controleer(Berichtsoort.AW35, eerst).aanleveringen().get(0).sleutel(), "1");
        assertTrue(controleer(Berichtsoort.AW35, geldig(aw35("3"), "AW35.xsd")).bevindingen().isLeeg());
    }

    @Test
    void tr046_leveringsstatusDieNietBijDeMutatiecodeHoortGeeft9046() {
        Document d = geldig(aw39().replace("<aw39:Leveringsstatus>7", "<aw39:Leveringsstatus>4")
                .replace("<aw39:LeveringsstatusClassificatie>12</aw39:LeveringsstatusClassificatie>", ""), "AW39.xsd");
        alleenOp(controleer(Berichtsoort.AW39, d).bevindingen(), zzp39(d), "9046");
    }

    @Test
    void tr018_mutatiedatumVoorBegindatumGeeft9018() {
        Document d = geldig(aw39().replace("<aw39:Instelling>",
                "<aw39:Begindatum>2025-04-01</aw39:Begindatum><aw39:Instelling>"), "AW39.xsd");
        alleenOp(controleer(Berichtsoort.AW39, d).bevindingen(), zzp39(d), "9018");
    }

    @Test
    void tr040_aw39ZonderMutatieOfAanvraagGeeft9040() {
        String zonder = aw39().replaceAll("(?s)<aw39:MutatieZorgzwaartepakketten>.*</aw39:MutatieZorgzwaartepakketten>", "");
        Document d = geldig(zonder, "AW39.xsd");
        alleenOp(controleer(Berichtsoort.AW39, d).bevindingen(), eerste(d, "Clienten", "Client"), "9040");
    }

    @Test
    void tr039_aw35ZonderGeleverdeZorgeenheidGeeft9039() {
        String zonder = aw35("1").replaceAll("(?s)<aw35:GeleverdeZorgzwaartepakketten>.*</aw35:GeleverdeZorgzwaartepakketten>", "");
        Document d = geldig(zonder, "AW35.xsd");
        alleenOp(controleer(Berichtsoort.AW35, d).bevindingen(), eerste(d, "Clienten", "Client"), "9039");
    }

    // iwlz.md §3 TR101: "Binnen een bestand zijn dubbele regels niet toegestaan"
    @Test
    void tr101_eenTweedeIdentiekeRegelGeeft9101OpDieRegelEnGeen9074() {
        String bericht = aw35("1");
        int begin = bericht.indexOf("<aw35:GeleverdZorgzwaartepakket>");
        int eind = bericht.indexOf("</aw35:GeleverdZorgzwaartepakket>") + "</aw35:GeleverdZorgzwaartepakket>".length();
        String dubbel = bericht.substring(0, eind) + bericht.substring(begin, eind) + bericht.substring(eind);
        Document d = geldig(dubbel, "AW35.xsd");
        Uitkomst u = controleer(Berichtsoort.AW35, d);
        var records = d.getElementsByTagNameNS(Berichtsoort.AW35.namespace(), "GeleverdZorgzwaartepakket");
        alleenOp(u.bevindingen(), (Element) records.item(1), "9101");
        assertEquals(java.util.Set.of(), u.bevindingen().codes((Element) records.item(0)));
        assertEquals(1, u.aanleveringen().size(), "de eerste regel wordt gewoon aangeleverd");
    }

    // TR101 is about identical lines: the same key with another status is TR074/TR063, not a duplicate
    @Test
    void tr101_eenRegelMetAndereInhoudIsGeenDubbeleRegel() {
        String bericht = aw35("1");
        int begin = bericht.indexOf("<aw35:GeleverdZorgzwaartepakket>");
        int eind = bericht.indexOf("</aw35:GeleverdZorgzwaartepakket>") + "</aw35:GeleverdZorgzwaartepakket>".length();
        String tweede = bericht.substring(begin, eind).replace("<aw35:Leveringsstatus>4<", "<aw35:Leveringsstatus>4<")
                .replace("<aw35:StatusAanlevering>1<", "<aw35:StatusAanlevering>3<");
        Document d = geldig(bericht.substring(0, eind) + tweede + bericht.substring(eind), "AW35.xsd");
        Uitkomst u = controleer(Berichtsoort.AW35, d);
        assertTrue(!u.bevindingen().samenvatting().contains("9101"), u.bevindingen().samenvatting());
    }

    // RULES TR041: an Aanvraag next to a mutatie with Mutatiecode 20 gets 9041; with 18 it is fine
    @Test
    void tr041_eenAanvraagBijMutatiecode20Geeft9041OpDeAanvraag() {
        String aanvraag = "<aw39:Aanvragen><aw39:Aanvraag><aw39:Besluitnummer>7</aw39:Besluitnummer><aw39:Afgiftedatum>"
                + TOEWIJZING + "</aw39:Afgiftedatum><aw39:Instelling>12345678</aw39:Instelling><aw39:ZzpCode>754"
                + "</aw39:ZzpCode><aw39:Klasse>KE4</aw39:Klasse><aw39:Leveringsvorm>4</aw39:Leveringsvorm>"
                + "<aw39:Dossierhouder>12345678</aw39:Dossierhouder><aw39:AanvraagInstellingen><aw39:AanvraagInstelling>"
                + "<aw39:Instelling>12345678</aw39:Instelling><aw39:Soort>1</aw39:Soort><aw39:ToewijzingIngangsdatum>"
                + TOEWIJZING.plusDays(30) + "</aw39:ToewijzingIngangsdatum><aw39:ToewijzingPercentage>10000"
                + "</aw39:ToewijzingPercentage><aw39:Opname>1</aw39:Opname></aw39:AanvraagInstelling>"
                + "</aw39:AanvraagInstellingen></aw39:Aanvraag></aw39:Aanvragen>";
        String met18 = aw39().replace("</aw39:MutatieZorgzwaartepakketten>", "</aw39:MutatieZorgzwaartepakketten>"
                + aanvraag);
        assertTrue(controleer(Berichtsoort.AW39, geldig(met18, "AW39.xsd")).bevindingen().isLeeg());

        Document d = geldig(met18.replace("<aw39:Mutatiecode>18</aw39:Mutatiecode>",
                "<aw39:Mutatiecode>20</aw39:Mutatiecode>"), "AW39.xsd");
        alleenOp(controleer(Berichtsoort.AW39, d).bevindingen(), eerste(d, "Clienten", "Client", "Aanvragen",
                "Aanvraag"), "9041");
    }
}
