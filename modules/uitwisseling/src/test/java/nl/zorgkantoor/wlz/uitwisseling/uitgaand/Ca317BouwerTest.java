package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Retourcodes;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class Ca317BouwerTest {

    private static final LocalDate DAG = LocalDate.of(2025, 3, 10);

    @Test
    void eenCa317IsSchemaGeldigEnZijnCa318Ook() throws Exception {
        String xml = Ca317Bouwer.bouw("T51", DAG, "5509", "999990019", List.of(new Ca317Bouwer.GeleverdeZorg(
                "3f1c2b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c", DAG.minusDays(3), "754", "12345678", "KE4", "4")));
        Document ca317 = VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8));
        Schemas.valideer(ca317, "CA317.xsd");

        Bevindingen b = new Bevindingen();
        b.voegToe((org.w3c.dom.Element) ca317.getElementsByTagNameNS(Berichtsoort.CA317.namespace(), "GeleverdeZorg")
                .item(0), "0699");
        Document ca318 = RetourBouwer.retour(ca317, Berichtsoort.CA317, b, "C1", DAG, false);
        Schemas.valideer(VeiligeXml.lees(VeiligeXml.bytes(ca318)), "CA318.xsd");
        assertEquals("407", ca318.getElementsByTagNameNS(Berichtsoort.CA317.retourNamespace(), "BerichtCode").item(0)
                .getTextContent());
    }

    @Test
    void herverzendingGeeftDeKopEenNieuweIdentificatieEnDagtekening() {
        String xml = "<a:Bericht xmlns:a='x' xmlns:iwlz='y'><a:Header><a:BerichtIdentificatie><iwlz:Identificatie>T1</iwlz:Identificatie>"
                + "<iwlz:Dagtekening>2025-01-01</iwlz:Dagtekening></a:BerichtIdentificatie></a:Header>"
                + "<a:Indicatie><a:Identificatie>blijft</a:Identificatie></a:Indicatie></a:Bericht>";
        String nieuw = Herverzending.metKop(xml, "T51", "2025-03-10");
        assertTrue(nieuw.contains("<iwlz:Identificatie>T51</iwlz:Identificatie><iwlz:Dagtekening>2025-03-10<"), nieuw);
        assertTrue(nieuw.contains("<a:Identificatie>blijft</a:Identificatie>"), nieuw);
    }

    @Test
    void retourcodesInWoordenUitDeCodelijstEnDeRegelcatalogus() {
        assertEquals("Geen opmerking over deze berichtklasse.", Retourcodes.omschrijving("0200"));
        assertEquals("Bericht voldoet niet aan technische regel TR019: de melding hoort bij een zorgtoewijzing"
                + " (sleutelvelden).", Retourcodes.omschrijving("9019"));
        assertEquals("Bericht voldoet niet aan constraint CS002: het BSN voldoet aan de elfproef.",
                Retourcodes.omschrijving("S002"));
        assertEquals("Bericht voldoet niet aan conditie CD999.", Retourcodes.omschrijving("D999"));
    }
}
