package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * A logged message as people read it: indented, one element per line. Parsed with the same safe parser as every
 * inbound message (no DTD, no entities), so showing a hostile message cannot do what receiving it could not. The
 * result is plain text: the page escapes it.
 */
public final class XmlWeergave {

    private XmlWeergave() {
    }

    /** The indented XML; the text unchanged when it is no well-formed XML (e.g. a rejected, broken message). */
    public static String ingesprongen(String xml) {
        if (xml == null || xml.isBlank()) {
            return xml;
        }
        try {
            Document doc = VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8));
            verwijderWitruimte(doc.getDocumentElement());
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter uit = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(uit));
            return uit.toString().strip();
        } catch (OngeldigBericht | TransformerException e) {
            return xml;
        }
    }

    private static void verwijderWitruimte(Node node) {
        Node kind = node.getFirstChild();
        while (kind != null) {
            Node volgende = kind.getNextSibling();
            if (kind.getNodeType() == Node.TEXT_NODE && kind.getTextContent().isBlank()) {
                node.removeChild(kind);
            } else if (kind.getNodeType() == Node.ELEMENT_NODE) {
                verwijderWitruimte(kind);
            }
            kind = volgende;
        }
    }
}
