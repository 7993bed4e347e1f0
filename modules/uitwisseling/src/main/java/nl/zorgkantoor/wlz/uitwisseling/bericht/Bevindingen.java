package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the checks found, per berichtklasse (an element of the heenbericht) and for the header. A class without
 * findings gets 0200 in the retour (RULES X-01).
 */
public final class Bevindingen {

    public static final String GEEN_OPMERKING = "0200";
    public static final String NIET_BEOORDEELD = "0233";
    public static final String TECHNISCH_AFGEKEURD = "0001";

    private final Map<Element, Set<String>> perKlasse = new IdentityHashMap<>();
    private final List<String> header = new ArrayList<>();

    public void voegToe(Element klasse, String retourCode) {
        perKlasse.computeIfAbsent(klasse, k -> new LinkedHashSet<>()).add(retourCode);
    }

    public void voegToeAanHeader(String retourCode) {
        header.add(retourCode);
    }

    public Set<String> codes(Element klasse) {
        return perKlasse.getOrDefault(klasse, Set.of());
    }

    public List<String> headerCodes() {
        return List.copyOf(header);
    }

    public boolean isLeeg() {
        return perKlasse.isEmpty() && header.isEmpty();
    }

    /** True when this element or anything inside it has a finding: its data is then not taken over. */
    public boolean heeftBevindingIn(Element element) {
        for (Element e : perKlasse.keySet()) {
            for (Node n = e; n != null; n = n.getParentNode()) {
                if (n == element) {
                    return true;
                }
            }
        }
        return false;
    }

    /** All codes, for the message log. */
    public String samenvatting() {
        Set<String> alle = new LinkedHashSet<>(header);
        perKlasse.values().forEach(alle::addAll);
        return alle.isEmpty() ? GEEN_OPMERKING : String.join(",", alle);
    }
}
