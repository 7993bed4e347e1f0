package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.util.ArrayList;
import java.util.List;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import org.w3c.dom.Element;

/** The findings of one message and the delivered records whose key history must be updated when they are taken over. */
public final class Uitkomst {

    /** One AW35/AW39 record with its logical key and the StatusAanlevering it brings. */
    public record Aanlevering(Element client, Element record, String sleutel, String status) {
    }

    private final Bevindingen bevindingen = new Bevindingen();
    private final List<Aanlevering> aanleveringen = new ArrayList<>();

    public Bevindingen bevindingen() {
        return bevindingen;
    }

    public List<Aanlevering> aanleveringen() {
        return aanleveringen;
    }

    void aanlevering(Aanlevering a) {
        aanleveringen.add(a);
    }
}
