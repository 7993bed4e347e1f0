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

    // RULES X-02: the content hash of a redelivered message must not depend on how often this thread serialized
    @Test
    void dezelfdePayloadGeeftSteedsDezelfdeBytes() throws OngeldigBericht {
        // the payload goes through the thread's transformer; a retour written in between must not change it
        byte[] eerste = VeiligeXml.bytes(new javax.xml.transform.dom.DOMSource(VeiligeXml.lees(io31())));
        VeiligeXml.bytes(VeiligeXml.lees(io31()));
        byte[] tweede = VeiligeXml.bytes(new javax.xml.transform.dom.DOMSource(VeiligeXml.lees(io31())));
        assertEquals(new String(eerste, StandardCharsets.UTF_8), new String(tweede, StandardCharsets.UTF_8));
        assertFalse(new String(tweede, StandardCharsets.UTF_8).startsWith("<?xml"));
    }

    @Test
    void eenBerichtVanPreciesDeMaximaleDiepteWordtGelezen() throws OngeldigBericht {
        String diep = "<a>".repeat(VeiligeXml.MAX_DIEPTE) + "</a>".repeat(VeiligeXml.MAX_DIEPTE);
        assertEquals("a", VeiligeXml.lees(diep.getBytes(StandardCharsets.UTF_8)).getDocumentElement().getLocalName());
    }

    @Test
    void eenLangeWaardeInEenCommentaarOfCdataTeltOokMee() {
        // the guard counts before parsing: a CDATA section is text for the validator, so it must count as well
        String cdata = "<x><![CDATA[" + "<".repeat(VeiligeXml.MAX_TEKST) + "]]></x>";
        assertThrows(OngeldigBericht.class, () -> VeiligeXml.lees(cdata.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tekensVanMeerdereBytesTellenAlsEenTeken() throws OngeldigBericht {
        String precies = "<x>" + "é".repeat(VeiligeXml.MAX_TEKST) + "</x>";
        assertEquals(VeiligeXml.MAX_TEKST, VeiligeXml.lees(precies.getBytes(StandardCharsets.UTF_8))
                .getDocumentElement().getTextContent().length());
    }

    @Test
    void hetSchemaValideertTijdensHetLezenEnLaatHetDocumentStaanVoorDeRetour() throws OngeldigBericht {
        byte[] fout = new String(io31(), StandardCharsets.UTF_8).replace(">754<", ">123<")
                .getBytes(StandardCharsets.UTF_8);
        VeiligeXml.Gelezen gelezen = VeiligeXml.lees(fout, Schemas.heen(java.util.Set.of(Berichtsoort.IO31)));
        assertTrue(gelezen.schemafouten().stream().anyMatch(f -> f.contains("'123'")), gelezen.schemafouten().toString());
        // the header can still be echoed in the 0001 retour
        assertEquals("ID-9", Xml.tekst(gelezen.document().getDocumentElement(), "Header", "BerichtIdentificatie",
                "Identificatie"));
        assertTrue(VeiligeXml.lees(io31(), Schemas.heen(java.util.Set.of(Berichtsoort.IO31))).schemafouten().isEmpty());
    }

    @Test
    void eenSchemaVoorAlleBerichtenVanEenEndpoint() throws OngeldigBericht {
        var schema = Schemas.heen(java.util.Set.of(Berichtsoort.AW35, Berichtsoort.AW39));
        LocalDate dag = LocalDate.of(2025, 3, 1);
        String aw35 = Voorbeeldberichten.aw35("A1", "999990019", 3, "754", dag, dag, "1");
        String aw39 = Voorbeeldberichten.aw39("A2", "999990019", 3, "754", dag, dag, "1");
        assertTrue(VeiligeXml.lees(aw35.getBytes(StandardCharsets.UTF_8), schema).schemafouten().isEmpty());
        assertTrue(VeiligeXml.lees(aw39.getBytes(StandardCharsets.UTF_8), schema).schemafouten().isEmpty());
        // an IO31 is in none of its namespaces
        assertFalse(VeiligeXml.lees(io31(), schema).schemafouten().isEmpty());
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
