package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class Ca319BouwerTest {

    private static final LocalDate DAG = LocalDate.of(2025, 6, 10);
    private static final String ID = "3f1c2b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c";

    @Test
    void eenCa319IsSchemaGeldigEnZijnCa320MetAfgewezenMutatieZorgOok() throws Exception {
        Document ca319 = lees(Ca319Bouwer.bouw("T101", DAG, "5509", "999990019", List.of(
                new Ca319Bouwer.MutatieZorg(ID, "19", DAG.minusDays(3), "1"))));
        Schemas.valideer(ca319, "CA319.xsd");
        assertEquals(ID, ca319.getElementsByTagNameNS(Berichtsoort.CA319.namespace(), "MutatieZorgID").item(0)
                .getTextContent());

        Bevindingen b = new Bevindingen();
        b.voegToe((Element) ca319.getElementsByTagNameNS(Berichtsoort.CA319.namespace(), "MutatieZorg").item(0),
                "1156");
        Document ca320 = RetourBouwer.retour(ca319, Berichtsoort.CA319, b, "C1", DAG, false);
        Schemas.valideer(VeiligeXml.lees(VeiligeXml.bytes(ca320)), "CA320.xsd");
        assertEquals("411", ca320.getElementsByTagNameNS(Berichtsoort.CA319.retourNamespace(), "BerichtCode")
                .item(0).getTextContent());
        assertEquals("1156", ca320.getElementsByTagNameNS(Berichtsoort.CA319.retourNamespace(), "MutatieZorg")
                .item(0).getLastChild().getTextContent());
    }

    @Test
    void eenIntrekkingDraagtStatusAanlevering3EnDezelfdeMutatieZorgId() throws Exception {
        Document ca319 = lees(Ca319Bouwer.bouw("T102", DAG, "5509", "999990019", List.of(
                new Ca319Bouwer.MutatieZorg(ID, "20", DAG.minusDays(3), "3"))));
        Schemas.valideer(ca319, "CA319.xsd");
        assertEquals("3", ca319.getElementsByTagNameNS(Berichtsoort.CA319.namespace(), "StatusAanlevering").item(0)
                .getTextContent());
    }

    @Test
    void eenGeleverdeZorgIdDieGeenUuidIsHaaltHetSchemaNiet() {
        // TR118 refers to the GeleverdeZorgID, an LDT_UUID: the builder never gets anything else past the schema
        assertThrows(OngeldigBericht.class, () -> Schemas.valideer(lees(Ca319Bouwer.bouw("T103", DAG, "5509",
                "999990019", List.of(new Ca319Bouwer.MutatieZorg("geen-uuid", "19", DAG, "1")))), "CA319.xsd"));
    }

    private static Document lees(String xml) throws OngeldigBericht {
        return VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8));
    }
}
