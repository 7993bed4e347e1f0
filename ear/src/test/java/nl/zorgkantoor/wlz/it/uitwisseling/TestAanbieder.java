package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A zorgaanbieder's AW33 endpoint for the tests: answers every toewijzing with an AW34 that has 0200 everywhere, or,
 * while {@link #AFWIJZEN} is set, with 0448 (cliënt niet te identificeren) on the Client class: a rejected class.
 */
@WebServlet("/testaanbieder")
public class TestAanbieder extends TestPartner {

    public static final AtomicInteger ONTVANGEN = new AtomicInteger();
    /** System property: when "true" the next AW34s reject the Client class. */
    public static final String AFWIJZEN = "wlz.test.aanbieder.afwijzen";

    @Override
    protected Document retour(Document heen) {
        Bevindingen bevindingen = new Bevindingen();
        if (Boolean.getBoolean(AFWIJZEN)) {
            bevindingen.voegToe((Element) heen.getElementsByTagNameNS(heen.getDocumentElement().getNamespaceURI(),
                    "Client").item(0), "0448");
        }
        return RetourBouwer.retour(heen, Berichtsoort.AW33, bevindingen, "P" + ONTVANGEN.incrementAndGet(),
                LocalDate.now(), false);
    }
}
