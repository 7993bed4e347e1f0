package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the retourbericht (RULES X-01): the heenbericht echoed in the retour namespace with BerichtCode + 1, the
 * retour header fields, and a RetourCodes element closing every berichtklasse. A technically rejected message gets
 * a header-only retour with 0001.
 */
public final class RetourBouwer {

    private static final String BASIS_PREFIX = "iwlz";
    private RetourBouwer() {
    }

    /**
     * @param nietBeoordeeld true when the classes were not assessed (e.g. 9056 in the header): they get 0233
     */
    public static Document retour(Document heen, Berichtsoort soort, Bevindingen bevindingen, String identificatieRetour,
                                  LocalDate dagtekening, boolean nietBeoordeeld) {
        Document retour = nieuw();
        String prefix = soort.retour().toLowerCase(Locale.ROOT);
        Element root = kopieer(heen.getDocumentElement(), retour, soort, prefix, bevindingen, nietBeoordeeld);
        retour.appendChild(root);
        Element header = Xml.kind(root, "Header").orElseThrow();
        Xml.kind(header, "BerichtCode").orElseThrow().setTextContent(soort.retourCode());
        vulRetourHeader(retour, header, soort, prefix, identificatieRetour, dagtekening, bevindingen.headerCodes());
        return retour;
    }

    /**
     * The header-only retour for a message rejected as a whole (0001). Header values come from the heenbericht
     * where it had them, otherwise from the fallbacks, so the partner can still match the retour.
     */
    public static Document afgekeurd(Document heenOfNull, Berichtsoort soort, String afzender, String ontvanger,
                                     String identificatieRetour, LocalDate dagtekening) {
        Element heenHeader = heenOfNull == null ? null
                : Xml.kind(heenOfNull.getDocumentElement(), "Header").orElse(null);
        Document retour = nieuw();
        String prefix = soort.retour().toLowerCase(Locale.ROOT);
        Element root = element(retour, soort, prefix, "Bericht");
        retour.appendChild(root);
        Element header = element(retour, soort, prefix, "Header");
        root.appendChild(header);
        tekst(retour, header, soort, prefix, "BerichtCode", soort.retourCode());
        tekst(retour, header, soort, prefix, "BerichtVersie", "5");
        tekst(retour, header, soort, prefix, "BerichtSubversie", "2");
        if (soort.heeftAfzender()) {
            tekst(retour, header, soort, prefix, "Afzender", waarde(heenHeader, afzender, "Afzender"));
        }
        tekst(retour, header, soort, prefix, "Ontvanger", waarde(heenHeader, ontvanger, "Ontvanger"));
        Element id = element(retour, soort, prefix, "BerichtIdentificatie");
        header.appendChild(id);
        String identificatie = waarde(heenHeader, "ONBEKEND", "BerichtIdentificatie", "Identificatie");
        basis(retour, id, "Identificatie", identificatie.length() > 12 ? identificatie.substring(0, 12) : identificatie);
        basis(retour, id, "Dagtekening", waarde(heenHeader, dagtekening.toString(), "BerichtIdentificatie", "Dagtekening"));
        xsdVersie(retour, header, soort, prefix, "XsdVersie");
        vulRetourHeader(retour, header, soort, prefix, identificatieRetour, dagtekening,
                List.of(Bevindingen.TECHNISCH_AFGEKEURD));
        return retour;
    }

    private static String waarde(Element header, String standaard, String... pad) {
        String t = header == null ? null : Xml.tekst(header, pad);
        return t == null || t.isEmpty() ? standaard : t;
    }

    private static void vulRetourHeader(Document doc, Element header, Berichtsoort soort, String prefix,
                                        String identificatieRetour, LocalDate dagtekening, Collection<String> codes) {
        tekst(doc, header, soort, prefix, "IdentificatieRetour", identificatieRetour);
        tekst(doc, header, soort, prefix, "DagtekeningRetour", dagtekening.toString());
        xsdVersie(doc, header, soort, prefix, "XsdVersieRetour");
        if (!codes.isEmpty()) {
            header.appendChild(retourCodes(doc, soort, prefix, codes));
        }
    }

    private static void xsdVersie(Document doc, Element ouder, Berichtsoort soort, String prefix, String naam) {
        Element versie = element(doc, soort, prefix, naam);
        ouder.appendChild(versie);
        basis(doc, versie, "BasisschemaXsdVersie", Berichtsoort.XSD_VERSIE);
        basis(doc, versie, "BerichtXsdVersie", Berichtsoort.XSD_VERSIE);
    }

    private static Element kopieer(Element heen, Document doel, Berichtsoort soort, String prefix,
                                   Bevindingen bevindingen, boolean nietBeoordeeld) {
        // the message's own elements move to the retour namespace; the basisschema's stay where they are
        Element kopie = soort.namespace().equals(heen.getNamespaceURI())
                ? element(doel, soort, prefix, heen.getLocalName())
                : doel.createElementNS(heen.getNamespaceURI(), BASIS_PREFIX + ":" + heen.getLocalName());
        boolean heeftKinderen = false;
        for (Node n = heen.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                heeftKinderen = true;
                kopie.appendChild(kopieer(kind, doel, soort, prefix, bevindingen, nietBeoordeeld));
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                kopie.appendChild(doel.createTextNode(n.getNodeValue()));
            }
        }
        if (heeftKinderen && soort.klassen().contains(heen.getLocalName())) {
            Collection<String> codes = bevindingen.codes(heen);
            if (codes.isEmpty()) {
                codes = List.of(nietBeoordeeld ? Bevindingen.NIET_BEOORDEELD : Bevindingen.GEEN_OPMERKING);
            }
            kopie.appendChild(retourCodes(doel, soort, prefix, codes));
        }
        return kopie;
    }

    private static Element retourCodes(Document doc, Berichtsoort soort, String prefix, Collection<String> codes) {
        Element rc = element(doc, soort, prefix, "RetourCodes");
        for (String code : codes) {
            tekst(doc, rc, soort, prefix, "RetourCode", code);
        }
        return rc;
    }

    private static void tekst(Document doc, Element ouder, Berichtsoort soort, String prefix, String naam, String w) {
        Element e = element(doc, soort, prefix, naam);
        e.setTextContent(w);
        ouder.appendChild(e);
    }

    /** A leaf of a basisschema type (CDT_*): qualified in the basisschema namespace. */
    private static void basis(Document doc, Element ouder, String naam, String waarde) {
        Element e = doc.createElementNS(Berichtsoort.BASIS_NAMESPACE, BASIS_PREFIX + ":" + naam);
        e.setTextContent(waarde);
        ouder.appendChild(e);
    }

    private static Element element(Document doc, Berichtsoort soort, String prefix, String naam) {
        return doc.createElementNS(soort.retourNamespace(), prefix + ":" + naam);
    }

    private static Document nieuw() {
        return VeiligeXml.nieuwDocument();
    }
}
