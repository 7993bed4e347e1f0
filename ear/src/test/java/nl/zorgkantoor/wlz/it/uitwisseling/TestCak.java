package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The CAK for the tests: counts every CA317 and CA319 per Identificatie and answers it with its CA318 or CA320 with
 * 0200 everywhere, or, while {@link #AFWIJZEN} is set, with 1156 (Mutatiedatum onjuist) on each MutatieZorg of a
 * CA319: a rejected class.
 */
@WebServlet("/testcak")
public class TestCak extends TestPartner {

    public static final Map<String, AtomicInteger> ONTVANGEN = new ConcurrentHashMap<>();
    /** System property: when "true" the next CA320s reject every MutatieZorg. */
    public static final String AFWIJZEN = "wlz.test.cak.afwijzen";

    @Override
    protected Document retour(Document heen) {
        String identificatie = heen.getElementsByTagNameNS(Berichtsoort.BASIS_NAMESPACE, "Identificatie").item(0)
                .getTextContent();
        int keer = ONTVANGEN.computeIfAbsent(identificatie, i -> new AtomicInteger()).incrementAndGet();
        Berichtsoort soort = Berichtsoort.vanNamespace(heen.getDocumentElement().getNamespaceURI()).orElseThrow();
        Bevindingen bevindingen = new Bevindingen();
        if (soort == Berichtsoort.CA319 && Boolean.getBoolean(AFWIJZEN)) {
            var mutaties = heen.getElementsByTagNameNS(soort.namespace(), "MutatieZorg");
            for (int i = 0; i < mutaties.getLength(); i++) {
                bevindingen.voegToe((Element) mutaties.item(i), "1156");
            }
        }
        return RetourBouwer.retour(heen, soort, bevindingen, "K" + identificatie + "-" + keer, LocalDate.now(),
                false);
    }
}
