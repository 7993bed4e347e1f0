package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers to walk a schema-valid iWlz message by element name (all elements share the message namespace). */
public final class Xml {

    private Xml() {
    }

    public static List<Element> kinderen(Element ouder, String naam) {
        List<Element> lijst = new ArrayList<>();
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                lijst.add(e);
            }
        }
        return lijst;
    }

    public static Optional<Element> kind(Element ouder, String naam) {
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Follows a path of child names, e.g. {@code pad(client, "Indicatie", "GeindiceerdeZorgzwaartepakketten")}. */
    public static List<Element> pad(Element start, String... namen) {
        List<Element> huidig = List.of(start);
        for (String naam : namen) {
            List<Element> volgende = new ArrayList<>();
            for (Element e : huidig) {
                volgende.addAll(kinderen(e, naam));
            }
            huidig = volgende;
        }
        return huidig;
    }

    /** The trimmed text of a child (or a path of children), null when absent. */
    public static String tekst(Element ouder, String... pad) {
        Element e = ouder;
        for (String naam : pad) {
            Optional<Element> k = kind(e, naam);
            if (k.isEmpty()) {
                return null;
            }
            e = k.get();
        }
        return e.getTextContent().trim();
    }

    public static LocalDate datum(Element ouder, String... pad) {
        String t = tekst(ouder, pad);
        return t == null ? null : LocalDate.parse(t);
    }
}
