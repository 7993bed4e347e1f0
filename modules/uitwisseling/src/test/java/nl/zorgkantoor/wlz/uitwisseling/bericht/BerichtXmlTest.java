package nl.zorgkantoor.wlz.uitwisseling.bericht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Safe parsing, schema validation and the retour (RULES X-01). */
class BerichtXmlTest {

    private static final LocalDate DAG = LocalDate.of(2025, 3, 2);

    private static byte[] io31() {
        return Voorbeeldberichten.io31("ID-9", "999990019", 3, "754", LocalDate.of(2025, 3, 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void xxeWordtGeweigerd() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        OngeldigBericht fout = assertThrows(OngeldigBericht.class,
                () -> VeiligeXml.lees(xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(fout.getMessage().contains("DOCTYPE"), fout.getMessage());
    }

    @Test
    void entiteitExpansieWordtGeweigerd() {
        String bom = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><l>&b;</l>";
        assertThrows(OngeldigBericht.class, () -> VeiligeXml.lees(bom.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eenTeGrootBerichtWordtGeweigerd() {
        assertThrows(OngeldigBericht.class, () -> VeiligeXml.lees(new byte[VeiligeXml.MAX_BYTES + 1]));
    }

    @Test
    void eenWaardeLangerDanDeGrensWordtVoorDeSchemacontroleGeweigerd() throws OngeldigBericht {
        // The schema's pattern check cost 20-60 s of CPU on an 80,000-character value (hostile corpus, issue 9);
        // the longest iWlz field is 200 characters, so a value over MAX_TEKST never reaches the schema.
        String precies = "<x>" + "a".repeat(VeiligeXml.MAX_TEKST) + "</x>";
        VeiligeXml.lees(precies.getBytes(StandardCharsets.UTF_8));
        String teLang = "<x><y>" + "a".repeat(VeiligeXml.MAX_TEKST + 1) + "</y></x>";
        OngeldigBericht fout = assertThrows(OngeldigBericht.class,
                () -> VeiligeXml.lees(teLang.getBytes(StandardCharsets.UTF_8)));
        assertTrue(fout.getMessage().contains(String.valueOf(VeiligeXml.MAX_TEKST)), fout.getMessage());
    }

    @Test
    void eenTeDiepGenestBerichtWordtGeweigerd() {
        String diep = "<a>".repeat(VeiligeXml.MAX_DIEPTE + 1) + "</a>".repeat(VeiligeXml.MAX_DIEPTE + 1);
        assertThrows(OngeldigBericht.class, () -> VeiligeXml.lees(diep.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eenOngeldigeZzpCodeFaaltOpHetSchema() throws OngeldigBericht {
        Document doc = VeiligeXml.lees(new String(io31(), StandardCharsets.UTF_8).replace(">754<", ">123<")
                .getBytes(StandardCharsets.UTF_8));
        assertThrows(OngeldigBericht.class, () -> Schemas.valideer(doc, "IO31.xsd"));
    }

    // RULES X-01
    @Test
    void x01_deRetourEchoootHetBerichtMet0200OpElkeKlasseEnIsSchemaGeldig() throws OngeldigBericht {
        Document heen = VeiligeXml.lees(io31());
        Schemas.valideer(heen, "IO31.xsd");
        Document retour = RetourBouwer.retour(heen, Berichtsoort.IO31, new Bevindingen(), "R1", DAG, false);

        Document terug = VeiligeXml.lees(VeiligeXml.bytes(retour));
        Schemas.valideer(terug, "IO32.xsd");
        assertEquals("389", Xml.tekst(terug.getDocumentElement(), "Header", "BerichtCode"));
        assertEquals("ID-9", Xml.tekst(terug.getDocumentElement(), "Header", "BerichtIdentificatie", "Identificatie"));
        assertEquals("R1", Xml.tekst(terug.getDocumentElement(), "Header", "IdentificatieRetour"));
        // Client, Contact, Indicatie, GeindiceerdZorgzwaartepakket: four classes, each 0200
        assertEquals(4, terug.getElementsByTagNameNS(Berichtsoort.IO31.retourNamespace(), "RetourCodes").getLength());
        assertFalse(new String(VeiligeXml.bytes(retour), StandardCharsets.UTF_8).contains("0001"));
    }

    // RULES X-01
    @Test
    void x01_eenAfgekeurdBerichtKrijgt0001AlleenInDeHeaderEnGeenClienten() throws OngeldigBericht {
        Document retour = RetourBouwer.afgekeurd(null, Berichtsoort.AW35, "12345678", "5509", "R2", DAG);
        Document terug = VeiligeXml.lees(VeiligeXml.bytes(retour));
        Schemas.valideer(terug, "AW36.xsd");
        assertEquals("0001", Xml.tekst(terug.getDocumentElement(), "Header", "RetourCodes", "RetourCode"));
        assertTrue(Xml.kind(terug.getDocumentElement(), "Clienten").isEmpty());
    }
}
