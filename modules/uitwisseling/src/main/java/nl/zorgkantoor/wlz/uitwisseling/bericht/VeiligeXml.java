package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stax.StAXSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

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

    /** The JDK parser's own nesting limit (jdk.xml.maxElementDepth), checked while it builds the document. */
    private static final String DIEPTELIMIET = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final TransformerFactory TRANSFORMERS = maakTransformers();
    /**
     * The StAX writer of the platform for what the log keeps: the payload as CXF reads it and the retour. Through
     * an identity transformer (Xalan) both cost twice as much, half of it the transformer's set-up per call (JFR,
     * bench/RESULTS.md 2026-12-03 avond). Repairing: it declares every prefix an element or attribute uses, also one
     * the SOAP envelope declared around the payload.
     */
    private static final XMLOutputFactory STAX = maakStax();
    private static final DOMImplementation DOM = maakDom();
    private static final Map<Schema, DocumentBuilderFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final DocumentBuilderFactory ZONDER_SCHEMA = maakFactory(null);
    /**
     * One document builder per schema and one identity transformer (for a payload that is no StAXSource) per worker
     * thread: setting one up costs more than parsing a message of one client (JFR, bench/RESULTS.md). They hold no
     * handler of ours between calls, so nothing of the application stays reachable from a server thread after
     * undeploy.
     */
    private static final ThreadLocal<Map<DocumentBuilderFactory, DocumentBuilder>> BUILDERS =
            ThreadLocal.withInitial(IdentityHashMap::new);
    private static final ThreadLocal<Transformer> KAAL = ThreadLocal.withInitial(VeiligeXml::transformer);

    private VeiligeXml() {
    }

    /** The document of a message and what its schema found (empty when valid or when no schema applied). */
    public record Gelezen(Document document, List<String> schemafouten) {
    }

    private static DocumentBuilderFactory maakFactory(Schema schema) {
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
            f.setAttribute(DIEPTELIMIET, String.valueOf(MAX_DIEPTE));
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            // every node of a message is read by the rules: building them at once is cheaper than on first access
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            // validated while parsing: one pass instead of a parse and a walk of the tree by the validator
            f.setSchema(schema);
            return f;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("XML-parser kan niet veilig ingesteld worden", e);
        }
    }

    private static DOMImplementation maakDom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty document, without a DocumentBuilder (whose set-up costs more than filling a retour). */
    public static Document nieuwDocument() {
        return DOM.createDocument(null, null, null);
    }

    private static XMLOutputFactory maakStax() {
        XMLOutputFactory f = XMLOutputFactory.newFactory();
        f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return f;
    }

    private static TransformerFactory maakTransformers() {
        TransformerFactory f = TransformerFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return f;
    }

    private static Transformer transformer() {
        try {
            Transformer t = TRANSFORMERS.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            return t;
        } catch (TransformerException e) {
            throw new IllegalStateException("XML-schrijver kan niet ingesteld worden", e);
        }
    }

    /** Parses the bytes of one message, refusing DTDs, oversize and overly deep documents. */
    public static Document lees(byte[] xml) throws OngeldigBericht {
        return lees(xml, null).document();
    }

    /**
     * Parses and validates in one pass. The guards come first: size, then the length of every value (before any
     * parser or validator sees it), the nesting depth while parsing. Schema errors do not stop the parse, so a
     * rejected message still has its header for the 0001 retour; at most five are kept.
     *
     * @param schema the schema to validate against, or null for none
     */
    public static Gelezen lees(byte[] xml, Schema schema) throws OngeldigBericht {
        if (xml.length > MAX_BYTES) {
            throw new OngeldigBericht("Bericht is groter dan " + MAX_BYTES + " bytes (" + xml.length + ")");
        }
        controleerWaarden(xml);
        DocumentBuilderFactory factory = schema == null ? ZONDER_SCHEMA
                : FACTORIES.computeIfAbsent(schema, VeiligeXml::maakFactory);
        DocumentBuilder builder = BUILDERS.get().computeIfAbsent(factory, VeiligeXml::maakBuilder);
        List<String> fouten = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a message invalid
            }

            @Override
            public void error(SAXParseException e) {
                if (fouten.size() < 5) {
                    fouten.add(e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            Document doc = builder.parse(new ByteArrayInputStream(xml));
            return new Gelezen(doc, List.copyOf(fouten));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("JAXP00010006")) {
                throw new OngeldigBericht("Bericht is dieper genest dan " + MAX_DIEPTE + " niveaus", e);
            }
            throw new OngeldigBericht("Bericht is geen toegestane XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OngeldigBericht("Bericht kan niet gelezen worden: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    private static DocumentBuilder maakBuilder(DocumentBuilderFactory factory) {
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML-parser kan niet veilig ingesteld worden", e);
        }
    }

    /**
     * Refuses a value longer than {@link #MAX_TEKST} characters before a parser sees it, by counting the
     * characters between two tags in the UTF-8 bytes ({@link #bytes(Source)} writes them so). Comments, CDATA and
     * entity references count with their markup, so the count errs only on the safe side.
     */
    private static void controleerWaarden(byte[] xml) throws OngeldigBericht {
        int lengte = 0;
        boolean inTag = false;
        for (int i = 0; i < xml.length; i++) {
            byte b = xml[i];
            if (inTag) {
                if (b == '>') {
                    inTag = false;
                    lengte = 0;
                }
            } else if (b == '<' && i + 1 < xml.length && begintTag(xml[i + 1])) {
                inTag = true;
            } else if ((b & 0xC0) != 0x80 && ++lengte > MAX_TEKST) {
                // (a UTF-8 continuation byte is part of the character before it)
                throw new OngeldigBericht("Bericht bevat een waarde langer dan " + MAX_TEKST + " tekens");
            }
        }
    }

    /** After a '<': an element's start or end tag, or a processing instruction (not a comment or CDATA). */
    private static boolean begintTag(byte b) {
        return b == '/' || b == '?' || b == '_' || b == ':' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
                || (b & 0x80) != 0;
    }

    /**
     * Serializes a payload as the SOAP stack handed it over, stopping at the size limit (counted in characters, of
     * which UTF-8 needs at least one byte each, so no message within the limit is cut off).
     */
    public static byte[] bytes(Source bron) throws OngeldigBericht {
        Tekstbuffer uit = new Tekstbuffer(MAX_BYTES);
        try {
            if (bron instanceof StAXSource stax && stax.getXMLStreamReader() != null) {
                // CXF hands the payload over as its reader on the request (source-preferred-format, configure.cli)
                kopieer(stax.getXMLStreamReader(), uit);
            } else {
                transformeer(bron, uit);
            }
        } catch (XMLStreamException | TransformerException | RuntimeException e) {
            if (uit.isVol()) {
                throw new OngeldigBericht("Bericht is groter dan " + MAX_BYTES + " bytes");
            }
            throw new OngeldigBericht("Bericht kan niet gelezen worden: " + e.getMessage(), e);
        }
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void transformeer(Source bron, Tekstbuffer uit) throws TransformerException {
        try {
            KAAL.get().transform(bron, new StreamResult(uit));
        } catch (TransformerException | RuntimeException e) {
            // a transformer that failed halfway is not used again (reset() would also drop its output properties)
            KAAL.remove();
            throw e;
        }
    }

    /** Copies one element and everything in it from the reader, which stands at or before its start. */
    private static void kopieer(XMLStreamReader in, Tekstbuffer uit) throws XMLStreamException, OngeldigBericht {
        XMLStreamWriter w = STAX.createXMLStreamWriter(uit);
        int diepte = 0;
        for (int e = in.getEventType(); ; e = in.next()) {
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    w.writeStartElement(leeg(in.getPrefix()), in.getLocalName(), leeg(in.getNamespaceURI()));
                    for (int i = 0; i < in.getNamespaceCount(); i++) {
                        w.writeNamespace(leeg(in.getNamespacePrefix(i)), in.getNamespaceURI(i));
                    }
                    for (int i = 0; i < in.getAttributeCount(); i++) {
                        w.writeAttribute(leeg(in.getAttributePrefix(i)), leeg(in.getAttributeNamespace(i)),
                                in.getAttributeLocalName(i), in.getAttributeValue(i));
                    }
                    diepte++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    w.writeEndElement();
                    diepte--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                        w.writeCharacters(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                case XMLStreamConstants.COMMENT -> w.writeComment(in.getText());
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        w.writeProcessingInstruction(in.getPITarget(), leeg(in.getPIData()));
                case XMLStreamConstants.START_DOCUMENT, XMLStreamConstants.END_DOCUMENT -> {
                    // the payload is an element, not a document
                }
                default -> throw new OngeldigBericht("Bericht bevat niet-toegestane XML (StAX-gebeurtenis " + e + ")");
            }
            if (diepte == 0 && e == XMLStreamConstants.END_ELEMENT || !in.hasNext()) {
                break;
            }
        }
        w.flush();
    }

    private static String leeg(String s) {
        return s == null ? "" : s;
    }

    public static byte[] bytes(Document doc) {
        return tekst(doc).getBytes(StandardCharsets.UTF_8);
    }

    /** A document as text with its XML declaration, as the message log keeps a retour. */
    public static String tekst(Document doc) {
        Tekstbuffer uit = new Tekstbuffer(Integer.MAX_VALUE);
        try {
            XMLStreamWriter w = STAX.createXMLStreamWriter(uit);
            w.writeStartDocument("UTF-8", "1.0");
            schrijf(doc.getDocumentElement(), w);
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Retourbericht kan niet geschreven worden", e);
        }
        return uit.toString();
    }

    private static void schrijf(Element element, XMLStreamWriter w) throws XMLStreamException {
        String naam = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
        w.writeStartElement(leeg(element.getPrefix()), naam, leeg(element.getNamespaceURI()));
        NamedNodeMap attributen = element.getAttributes();
        for (int i = 0; i < attributen.getLength(); i++) {
            Attr a = (Attr) attributen.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                // xmlns="..." has local name xmlns, xmlns:p="..." has p
                w.writeNamespace(XMLConstants.XMLNS_ATTRIBUTE.equals(a.getLocalName()) ? "" : a.getLocalName(),
                        a.getValue());
            } else {
                String lokaal = a.getLocalName() != null ? a.getLocalName() : a.getName();
                w.writeAttribute(leeg(a.getPrefix()), leeg(a.getNamespaceURI()), lokaal, a.getValue());
            }
        }
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            switch (kind.getNodeType()) {
                case Node.ELEMENT_NODE -> schrijf((Element) kind, w);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> w.writeCharacters(kind.getNodeValue());
                case Node.COMMENT_NODE -> w.writeComment(kind.getNodeValue());
                default -> {
                    // a retour holds elements, attributes and text only
                }
            }
        }
        w.writeEndElement();
    }

    public static String tekst(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    /**
     * The serializer's output as characters: given an OutputStream it sets up an encoding buffer of 16K bytes and
     * 5K characters per call, 1 % of the request thread of an IO31 (JFR, bench/RESULTS.md 2026-12-03 middag); the
     * text is what the message log keeps anyway. Unsynchronized, unlike StringWriter. Stops at the limit, so an
     * oversize payload never sits in memory whole.
     */
    private static final class Tekstbuffer extends java.io.Writer {
        private final StringBuilder tekst = new StringBuilder(4096);
        private final int max;
        private boolean vol;

        Tekstbuffer(int max) {
            this.max = max;
        }

        boolean isVol() {
            return vol;
        }

        @Override
        public void write(char[] tekens, int vanaf, int aantal) {
            ruimte(aantal);
            tekst.append(tekens, vanaf, aantal);
        }

        @Override
        public void write(String s, int vanaf, int aantal) {
            ruimte(aantal);
            tekst.append(s, vanaf, vanaf + aantal);
        }

        @Override
        public void write(int teken) {
            ruimte(1);
            tekst.append((char) teken);
        }

        private void ruimte(int extra) {
            if (tekst.length() + (long) extra > max) {
                vol = true;
                throw new IllegalStateException("limiet");
            }
        }

        @Override
        public void flush() {
            // nothing buffered outside the builder
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return tekst.toString();
        }
    }
}
