package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a payload from CXF's StAX reader in one pass: every event goes to the StAX writer for the log's text and,
 * through the schema's validator, into the document the rules read. The text used to be parsed again by a validating
 * DocumentBuilder: a second scan of every character and a parser reset per message, 12 % of an IO31's request thread
 * (JFR, bench/RESULTS.md 2026-12-03 avond). The guards of {@link VeiligeXml} hold in the same pass: the size limit on
 * the text, the nesting and value-length limits before the validator sees the element or value. A message they refuse
 * is still copied whole, so the log keeps what was sent.
 */
final class PayloadLezer {

    /** One validator per schema per worker thread (their set-up costs more than validating one client). */
    private static final ThreadLocal<Map<Schema, ValidatorHandler>> VALIDATORS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final XMLStreamReader in;
    private final DomBouwer dom = new DomBouwer();
    private final List<String> fouten = new ArrayList<>();
    private final AttributesImpl attributen = new AttributesImpl();
    /** The prefixes mapped at each open element, to be unmapped at its end. */
    private final Deque<List<String>> voorvoegsels = new ArrayDeque<>();
    private ContentHandler doel = dom;
    private String weigering;

    private PayloadLezer(XMLStreamReader in) {
        this.in = in;
    }

    /** @param schema the schema to validate against, or null for none */
    static VeiligeXml.Payload lees(XMLStreamReader in, Schema schema, XMLOutputFactory stax) throws OngeldigBericht {
        PayloadLezer lezer = new PayloadLezer(in);
        VeiligeXml.Tekstbuffer uit = new VeiligeXml.Tekstbuffer(VeiligeXml.MAX_BYTES);
        ValidatorHandler validator = schema == null ? null : VALIDATORS.get().computeIfAbsent(schema,
                Schema::newValidatorHandler);
        if (validator != null) {
            validator.setContentHandler(lezer.dom);
            validator.setErrorHandler(lezer.new Fouten());
            lezer.doel = validator;
        }
        try {
            lezer.kopieer(stax.createXMLStreamWriter(uit));
        } catch (XMLStreamException | RuntimeException e) {
            VALIDATORS.get().remove(schema);
            if (uit.isVol()) {
                throw new OngeldigBericht("Bericht is groter dan " + VeiligeXml.MAX_BYTES + " bytes");
            }
            throw new OngeldigBericht("Bericht kan niet gelezen worden: " + e.getMessage(), e);
        } finally {
            if (validator != null) {
                // nothing of the application stays reachable from a server thread after undeploy
                validator.setContentHandler(null);
                validator.setErrorHandler(null);
            }
        }
        if (lezer.weigering != null) {
            // a validator left halfway through a document is not used again
            VALIDATORS.get().remove(schema);
            return new VeiligeXml.Payload(uit.toString(), null, lezer.weigering);
        }
        return new VeiligeXml.Payload(uit.toString(), new VeiligeXml.Gelezen(lezer.dom.doc, List.copyOf(lezer.fouten)),
                null);
    }

    private void kopieer(XMLStreamWriter w) throws XMLStreamException, OngeldigBericht {
        voer(() -> doel.startDocument());
        int diepte = 0;
        int tekst = 0;
        for (int e = in.getEventType(); ; e = in.next()) {
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    schrijfStart(w);
                    diepte++;
                    tekst = 0;
                    if (weigering == null && diepte > VeiligeXml.MAX_DIEPTE) {
                        weigering = "Bericht is dieper genest dan " + VeiligeXml.MAX_DIEPTE + " niveaus";
                    }
                    boolean root = diepte == 1;
                    voer(() -> start(root));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    w.writeEndElement();
                    diepte--;
                    tekst = 0;
                    voer(this::eind);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                    char[] tekens = in.getTextCharacters();
                    int vanaf = in.getTextStart();
                    int lengte = in.getTextLength();
                    w.writeCharacters(tekens, vanaf, lengte);
                    tekst += lengte;
                    waarde(tekst);
                    voer(() -> doel.characters(tekens, vanaf, lengte));
                }
                case XMLStreamConstants.COMMENT -> {
                    String commentaar = in.getText();
                    w.writeComment(commentaar);
                    waarde(commentaar.length());
                    voer(() -> dom.knoop(dom.doc.createComment(commentaar)));
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    String data = in.getPIData() == null ? "" : in.getPIData();
                    w.writeProcessingInstruction(in.getPITarget(), data);
                    String doelwit = in.getPITarget();
                    voer(() -> dom.knoop(dom.doc.createProcessingInstruction(doelwit, data)));
                }
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
        voer(() -> doel.endDocument());
        // read to the end of CXF's fragment reader, which then closes the request stream: with the stream left open,
        // CXF copies what remains of the envelope into a cache before it writes the response (1 % of an IO31, JFR)
        while (in.hasNext()) {
            in.next();
        }
    }

    /** VeiligeXml.MAX_TEKST: a longer value never reaches the validator (its pattern facets can take minutes). */
    private void waarde(int lengte) {
        if (weigering == null && lengte > VeiligeXml.MAX_TEKST) {
            weigering = "Bericht bevat een waarde langer dan " + VeiligeXml.MAX_TEKST + " tekens";
        }
    }

    private void schrijfStart(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(leeg(in.getPrefix()), in.getLocalName(), leeg(in.getNamespaceURI()));
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            w.writeNamespace(leeg(in.getNamespacePrefix(i)), in.getNamespaceURI(i));
        }
        for (int i = 0; i < in.getAttributeCount(); i++) {
            w.writeAttribute(leeg(in.getAttributePrefix(i)), leeg(in.getAttributeNamespace(i)),
                    in.getAttributeLocalName(i), in.getAttributeValue(i));
        }
    }

    /**
     * The element as SAX events. The root also maps the prefixes it uses but the SOAP envelope declared, as the
     * log's text declares them on it.
     */
    private void start(boolean root) throws SAXException {
        List<String> gemapt = new ArrayList<>(2);
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            map(gemapt, leeg(in.getNamespacePrefix(i)), in.getNamespaceURI(i));
        }
        if (root) {
            map(gemapt, leeg(in.getPrefix()), leeg(in.getNamespaceURI()));
            for (int i = 0; i < in.getAttributeCount(); i++) {
                String prefix = leeg(in.getAttributePrefix(i));
                if (!prefix.isEmpty() && !XMLConstants.XML_NS_PREFIX.equals(prefix)) {
                    map(gemapt, prefix, in.getAttributeNamespace(i));
                }
            }
        }
        voorvoegsels.push(gemapt);
        attributen.clear();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = leeg(in.getAttributePrefix(i));
            String lokaal = in.getAttributeLocalName(i);
            attributen.addAttribute(leeg(in.getAttributeNamespace(i)), lokaal,
                    prefix.isEmpty() ? lokaal : prefix + ":" + lokaal, "CDATA", in.getAttributeValue(i));
        }
        String prefix = leeg(in.getPrefix());
        String lokaal = in.getLocalName();
        doel.startElement(leeg(in.getNamespaceURI()), lokaal, prefix.isEmpty() ? lokaal : prefix + ":" + lokaal,
                attributen);
    }

    private void map(List<String> gemapt, String prefix, String uri) throws SAXException {
        if (!gemapt.contains(prefix) && !(prefix.isEmpty() && leeg(uri).isEmpty())) {
            gemapt.add(prefix);
            doel.startPrefixMapping(prefix, leeg(uri));
        }
    }

    private void eind() throws SAXException {
        String prefix = leeg(in.getPrefix());
        String lokaal = in.getLocalName();
        doel.endElement(leeg(in.getNamespaceURI()), lokaal, prefix.isEmpty() ? lokaal : prefix + ":" + lokaal);
        for (String p : voorvoegsels.pop()) {
            doel.endPrefixMapping(p);
        }
    }

    /** One step into the document while nothing refused the message; a fatal error refuses it. */
    private void voer(Stap stap) {
        if (weigering != null) {
            return;
        }
        try {
            stap.voer();
        } catch (SAXException e) {
            weigering = "Bericht is geen toegestane XML: " + e.getMessage();
        }
    }

    private static String leeg(String s) {
        return s == null ? "" : s;
    }

    private interface Stap {
        void voer() throws SAXException;
    }

    /** Schema errors do not stop the read, so a rejected message still has its header; at most five are kept. */
    private final class Fouten implements ErrorHandler {
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
    }

    /** Builds the document from the validator's SAX events, as a namespace-aware DocumentBuilder would. */
    private static final class DomBouwer extends DefaultHandler {
        private final Document doc = VeiligeXml.nieuwDocument();
        private final List<String[]> nieuweVoorvoegsels = new ArrayList<>(2);
        private Node huidig = doc;

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            nieuweVoorvoegsels.add(new String[] {prefix, uri});
        }

        @Override
        public void startElement(String uri, String lokaal, String qNaam, Attributes atts) {
            Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qNaam);
            for (String[] v : nieuweVoorvoegsels) {
                e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                        v[0].isEmpty() ? XMLConstants.XMLNS_ATTRIBUTE : XMLConstants.XMLNS_ATTRIBUTE + ":" + v[0], v[1]);
            }
            nieuweVoorvoegsels.clear();
            for (int i = 0; i < atts.getLength(); i++) {
                e.setAttributeNS(atts.getURI(i).isEmpty() ? null : atts.getURI(i), atts.getQName(i), atts.getValue(i));
            }
            huidig.appendChild(e);
            huidig = e;
        }

        @Override
        public void endElement(String uri, String lokaal, String qNaam) {
            huidig = huidig.getParentNode();
        }

        @Override
        public void characters(char[] tekens, int vanaf, int lengte) {
            if (huidig == doc) {
                return;
            }
            if (huidig.getLastChild() instanceof Text t) {
                t.appendData(new String(tekens, vanaf, lengte));
            } else {
                huidig.appendChild(doc.createTextNode(new String(tekens, vanaf, lengte)));
            }
        }

        @Override
        public void ignorableWhitespace(char[] tekens, int vanaf, int lengte) {
            characters(tekens, vanaf, lengte);
        }

        void knoop(Node knoop) {
            if (huidig != doc) {
                huidig.appendChild(knoop);
            }
        }
    }
}
