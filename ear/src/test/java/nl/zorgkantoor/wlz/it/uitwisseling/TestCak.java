package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The CAK for the tests: counts every CA317 and CA319 per Identificatie and answers it with its CA318 or CA320 with
 * 0200 everywhere, or, while {@link #AFWIJZEN} is set, with 1156 (Mutatiedatum onjuist) on each MutatieZorg of a
 * CA319: a rejected class.
 */
@WebServlet("/testcak")
public class TestCak extends HttpServlet {

    public static final Map<String, AtomicInteger> ONTVANGEN = new ConcurrentHashMap<>();
    /** System property: when "true" the next CA320s reject every MutatieZorg. */
    public static final String AFWIJZEN = "wlz.test.cak.afwijzen";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Document envelop = VeiligeXml.lees(req.getInputStream().readAllBytes());
            Element body = (Element) envelop.getDocumentElement().getElementsByTagNameNS(
                    "http://schemas.xmlsoap.org/soap/envelope/", "Body").item(0);
            Node bericht = body.getFirstChild();
            while (!(bericht instanceof Element)) {
                bericht = bericht.getNextSibling();
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document heen = f.newDocumentBuilder().newDocument();
            heen.appendChild(heen.importNode(bericht, true));
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
            Document ca318 = RetourBouwer.retour(heen, soort, bevindingen, "K" + identificatie + "-" + keer,
                    LocalDate.now(), false);
            String xml = VeiligeXml.tekst(VeiligeXml.bytes(ca318)).replaceFirst("^<\\?xml[^>]*\\?>", "");
            resp.setContentType("text/xml; charset=UTF-8");
            resp.getOutputStream().write(Voorbeeldberichten.envelop(xml).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            resp.sendError(500, e.getMessage());
        }
    }
}
