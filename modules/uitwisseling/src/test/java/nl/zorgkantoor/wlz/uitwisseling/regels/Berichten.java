package nl.zorgkantoor.wlz.uitwisseling.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Test helpers: read a fixture (it must be schema-valid, so a rule test never passes on a broken message). */
final class Berichten {

    private Berichten() {
    }

    static Document geldig(String xml, String xsd) {
        try {
            Document doc = VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8));
            Schemas.valideer(doc, xsd);
            return doc;
        } catch (OngeldigBericht e) {
            throw new AssertionError("Testbericht is ongeldig: " + e.getMessage(), e);
        }
    }

    static Element eerste(Document doc, String... pad) {
        List<Element> gevonden = Xml.pad(doc.getDocumentElement(), pad);
        return gevonden.get(0);
    }

    /** Asserts the exact codes on one class and that no other class of the message has any finding. */
    static void alleenOp(Bevindingen b, Element klasse, String... codes) {
        assertEquals(Set.of(codes), b.codes(klasse));
        Set<String> alle = new TreeSet<>(List.of(b.samenvatting().split(",")));
        assertEquals(new TreeSet<>(Set.of(codes)), alle, "andere bevindingen: " + b.samenvatting());
    }
}
