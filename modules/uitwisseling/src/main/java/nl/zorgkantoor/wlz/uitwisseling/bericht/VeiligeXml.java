package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parsing and writing XML that comes from outside: no DTDs, no external entities, no XInclude, a size limit and a
 * nesting limit (iWlz messages nest about ten deep). Every failure is an {@link OngeldigBericht}, never a stack trace
 * to the partner.
 */
public final class VeiligeXml {

    /** Largest accepted message in bytes; a batch of a few thousand clients fits. */
    public static final int MAX_BYTES = Integer.getInteger("wlz.uitwisseling.max.bytes", 5_000_000);
    public static final int MAX_DIEPTE = 32;
    /**
     * Longest text of one element: the longest iWlz field is 200 characters. Schema validation of a pattern facet
     * on a very long value costs seconds to minutes of CPU (a 80,000-character Achternaam took 20 s), so a hostile
     * partner could occupy the workers; such a value is refused before validation.
     */
    public static final int MAX_TEKST = 4_096;

    private static final DocumentBuilderFactory FACTORY = maakFactory();
    private static final TransformerFactory TRANSFORMERS = maakTransformers();

    private VeiligeXml() {
    }

    private static DocumentBuilderFactory maakFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML-parser kan niet veilig ingesteld worden", e);
        }
    }

    private static TransformerFactory maakTransformers() {
        TransformerFactory f = TransformerFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return f;
    }

    /** Parses the bytes of one message, refusing DTDs, oversize and overly deep documents. */
    public static Document lees(byte[] xml) throws OngeldigBericht {
        if (xml.length > MAX_BYTES) {
            throw new OngeldigBericht("Bericht is groter dan " + MAX_BYTES + " bytes (" + xml.length + ")");
        }
        Document doc;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new OngeldigBericht("Bericht is geen toegestane XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new OngeldigBericht("Bericht kan niet gelezen worden: " + e.getMessage(), e);
        }
        if (diepte(doc.getDocumentElement()) > MAX_DIEPTE) {
            throw new OngeldigBericht("Bericht is dieper genest dan " + MAX_DIEPTE + " niveaus");
        }
        if (langsteTekst(doc.getDocumentElement()) > MAX_TEKST) {
            throw new OngeldigBericht("Bericht bevat een waarde langer dan " + MAX_TEKST + " tekens");
        }
        return doc;
    }

    private static int langsteTekst(Node e) {
        int max = 0;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            int lengte = n.getNodeType() == Node.ELEMENT_NODE ? langsteTekst(n)
                    : n.getTextContent() == null ? 0 : n.getTextContent().length();
            max = Math.max(max, lengte);
        }
        return max;
    }

    private static int diepte(Element e) {
        int max = 0;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                max = Math.max(max, diepte(kind));
                if (max > MAX_DIEPTE) {
                    break;
                }
            }
        }
        return max + 1;
    }

    /** Serializes a payload as the SOAP stack handed it over, stopping at the size limit. */
    public static byte[] bytes(Source bron) throws OngeldigBericht {
        BegrensdeStroom uit = new BegrensdeStroom(MAX_BYTES);
        try {
            Transformer t = TRANSFORMERS.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.transform(bron, new StreamResult(uit));
        } catch (TransformerException | RuntimeException e) {
            if (uit.isVol()) {
                throw new OngeldigBericht("Bericht is groter dan " + MAX_BYTES + " bytes");
            }
            throw new OngeldigBericht("Bericht kan niet gelezen worden: " + e.getMessage(), e);
        }
        return uit.toByteArray();
    }

    public static byte[] bytes(Document doc) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            Transformer t = TRANSFORMERS.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(uit));
        } catch (TransformerException e) {
            throw new IllegalStateException("Retourbericht kan niet geschreven worden", e);
        }
        return uit.toByteArray();
    }

    public static String tekst(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    /** Stops writing when the limit is reached, so an oversize payload never sits in memory whole. */
    private static final class BegrensdeStroom extends ByteArrayOutputStream {
        private final int max;
        private boolean vol;

        BegrensdeStroom(int max) {
            this.max = max;
        }

        boolean isVol() {
            return vol;
        }

        @Override
        public synchronized void write(int b) {
            controleer(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            controleer(len);
            super.write(b, off, len);
        }

        private void controleer(int extra) {
            if (count + extra > max) {
                vol = true;
                throw new IllegalStateException("limiet");
            }
        }
    }
}
