package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The iWlz 2.2 schemas of this module (copied from the xsd module into META-INF/wsdl), compiled once per message.
 * Validation reports at most a handful of errors, in Dutch, for the message log.
 */
public final class Schemas {

    static final String MAP = "META-INF/wsdl/iwlz/2_2/";
    private static final Map<String, Schema> PER_XSD = new ConcurrentHashMap<>();

    private Schemas() {
    }

    public static void valideer(Document doc, String xsd) throws OngeldigBericht {
        Validator validator = schema(xsd).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            List<String> fouten = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a message invalid
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    fouten.add(e.getMessage());
                    if (fouten.size() >= 5) {
                        throw e;
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            try {
                validator.validate(new DOMSource(doc));
            } catch (SAXException e) {
                if (fouten.isEmpty()) {
                    fouten.add(e.getMessage());
                }
            }
            if (!fouten.isEmpty()) {
                throw new OngeldigBericht("Bericht voldoet niet aan " + xsd + ": " + String.join(" | ", fouten));
            }
        } catch (SAXException | IOException e) {
            throw new OngeldigBericht("Bericht kan niet gevalideerd worden tegen " + xsd + ": " + e.getMessage(), e);
        }
    }

    static Schema schema(String xsd) {
        return PER_XSD.computeIfAbsent(xsd, Schemas::compileer);
    }

    /**
     * One schema for all heenberichten an endpoint accepts (each in its own namespace), so a message is validated
     * while it is parsed, before its namespace is known.
     */
    public static Schema heen(Set<Berichtsoort> soorten) {
        return PER_XSD.computeIfAbsent(soorten.stream().map(Berichtsoort::heenXsd).sorted()
                .collect(Collectors.joining(",")), Schemas::compileer);
    }

    /** @param xsds one schema file, or several separated by commas */
    private static Schema compileer(String xsds) {
        List<StreamSource> bronnen = new ArrayList<>();
        try {
            for (String xsd : xsds.split(",")) {
                URL url = Schemas.class.getClassLoader().getResource(MAP + xsd);
                if (url == null) {
                    throw new IllegalStateException("Schema " + MAP + xsd + " ontbreekt in de uitwisselingsmodule");
                }
                bronnen.add(new StreamSource(url.openStream(), url.toExternalForm()));
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // only our own schema files, which import basisschema.xsd next to them
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,vfs");
            return factory.newSchema(bronnen.toArray(new StreamSource[0]));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Schema " + xsds + " kan niet geladen worden: " + e.getMessage(), e);
        }
    }
}
