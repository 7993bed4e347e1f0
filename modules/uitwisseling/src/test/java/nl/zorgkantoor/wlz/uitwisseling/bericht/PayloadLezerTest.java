package nl.zorgkantoor.wlz.uitwisseling.bericht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Schema;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.junit.jupiter.api.Test;

/** The one-pass read of a payload from the SOAP stack's StAX reader gives what parsing its text would give. */
class PayloadLezerTest {

    private static final Schema IO31 = Schemas.heen(Set.of(Berichtsoort.IO31));
    private static final String NS_IO31 = "xmlns:io31=\"http://www.istandaarden.nl/iwlz/2_2/io31/schema\"";
    private static final String NS_BASIS = "xmlns:iwlz=\"http://www.istandaarden.nl/iwlz/2_2/basisschema/schema\"";

    private static String io31() {
        return Voorbeeldberichten.io31("ID-9", "999990019", 3, "754", LocalDate.of(2025, 3, 1));
    }

    /** The Bericht in a SOAP envelope, read as CXF hands it over: a reader standing at the payload's start. */
    private static VeiligeXml.Payload lees(String envelop) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader in = f.createXMLStreamReader(new StringReader(envelop));
        while (!(in.getEventType() == XMLStreamConstants.START_ELEMENT && "Bericht".equals(in.getLocalName()))) {
            in.next();
        }
        return VeiligeXml.leesPayload(new StAXSource(in), IO31);
    }

    @Test
    void eenGeldigBerichtGeeftDezelfdeTekstEnHetzelfdeDocumentAlsParsenVanDieTekst() throws Exception {
        VeiligeXml.Payload payload = lees(Voorbeeldberichten.envelop(io31()));
        assertNull(payload.weigering());
        assertTrue(payload.lees().schemafouten().isEmpty(), payload.lees().schemafouten().toString());
        VeiligeXml.Gelezen geparst = VeiligeXml.lees(payload.bytes(), IO31);
        assertTrue(geparst.schemafouten().isEmpty());
        assertEquals(VeiligeXml.tekst(geparst.document()), VeiligeXml.tekst(payload.lees().document()));
        assertEquals("ID-9", Xml.tekst(payload.lees().document().getDocumentElement(), "Header",
                "BerichtIdentificatie", "Identificatie"));
    }

    @Test
    void voorvoegselsDieDeEnvelopDeclareertKomenInDeTekstEnHetDocument() throws Exception {
        String zonder = io31().replaceFirst(" " + NS_IO31 + " " + NS_BASIS, "");
        String envelop = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" " + NS_IO31 + " " + NS_BASIS
                + "><s:Body>" + zonder + "</s:Body></s:Envelope>";
        VeiligeXml.Payload payload = lees(envelop);
        assertTrue(payload.lees().schemafouten().isEmpty(), payload.lees().schemafouten().toString());
        // the text stands on its own: it declares what the envelope declared
        VeiligeXml.Gelezen geparst = VeiligeXml.lees(payload.bytes(), IO31);
        assertTrue(geparst.schemafouten().isEmpty(), geparst.schemafouten().toString());
        assertEquals(VeiligeXml.tekst(geparst.document()), VeiligeXml.tekst(payload.lees().document()));
    }

    @Test
    void schemafoutenLatenHetDocumentStaanVoorDeRetour() throws Exception {
        VeiligeXml.Payload payload = lees(Voorbeeldberichten.envelop(io31().replace(">754<", ">123<")));
        var gelezen = payload.lees();
        assertTrue(gelezen.schemafouten().stream().anyMatch(f -> f.contains("'123'")), gelezen.schemafouten().toString());
        assertEquals("ID-9", Xml.tekst(gelezen.document().getDocumentElement(), "Header", "BerichtIdentificatie",
                "Identificatie"));
    }

    @Test
    void eenTeLangeWaardeWordtGeweigerdVoordatDeValidatorHemZiet() throws Exception {
        String lang = "A".repeat(VeiligeXml.MAX_TEKST + 1);
        String bericht = io31().replaceFirst("<iwlz:Achternaam>[^<]*<", "<iwlz:Achternaam>" + lang + "<");
        assertTrue(bericht.contains(lang));
        VeiligeXml.Payload payload = lees(Voorbeeldberichten.envelop(bericht));
        OngeldigBericht fout = assertThrows(OngeldigBericht.class, payload::lees);
        assertTrue(fout.getMessage().contains(String.valueOf(VeiligeXml.MAX_TEKST)), fout.getMessage());
        // the log still keeps the whole message
        assertTrue(payload.tekst().contains(lang));
        assertTrue(payload.tekst().endsWith("</io31:Bericht>"), payload.tekst());
    }

    @Test
    void eenTeDiepGenestBerichtWordtGeweigerd() throws Exception {
        String diep = "<x>".repeat(VeiligeXml.MAX_DIEPTE + 1) + "</x>".repeat(VeiligeXml.MAX_DIEPTE + 1);
        String bericht = io31().replaceFirst("</io31:Header>", "</io31:Header>" + diep);
        VeiligeXml.Payload payload = lees(Voorbeeldberichten.envelop(bericht));
        OngeldigBericht fout = assertThrows(OngeldigBericht.class, payload::lees);
        assertTrue(fout.getMessage().contains("genest"), fout.getMessage());
        // the log still keeps the whole message (the writer may add a redundant xmlns="" on the first x)
        String tekst = new String(payload.bytes(), StandardCharsets.UTF_8);
        assertTrue(tekst.contains("<x>".repeat(VeiligeXml.MAX_DIEPTE) + "</x>".repeat(VeiligeXml.MAX_DIEPTE + 1)));
    }
}
