package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * A zorgaanbieder's AW33 endpoint for the tests: answers every toewijzing with an AW34 that has 0200 everywhere, or,
 * while {@link #AFWIJZEN} is set, with 0448 (cliënt niet te identificeren) on the Client class: a rejected class.
 */
@WebServlet("/testaanbieder")
public class TestAanbieder extends HttpServlet {

    public static final AtomicInteger ONTVANGEN = new AtomicInteger();
    /** System property: when "true" the next AW34s reject the Client class. */
    public static final String AFWIJZEN = "wlz.test.aanbieder.afwijzen";

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
            Bevindingen bevindingen = new Bevindingen();
            if (Boolean.getBoolean(AFWIJZEN)) {
                bevindingen.voegToe((Element) heen.getElementsByTagNameNS(heen.getDocumentElement().getNamespaceURI(),
                        "Client").item(0), "0448");
            }
            Document aw34 = RetourBouwer.retour(heen, Berichtsoort.AW33, bevindingen,
                    "P" + ONTVANGEN.incrementAndGet(), LocalDate.now(), false);
            String xml = VeiligeXml.tekst(VeiligeXml.bytes(aw34)).replaceFirst("^<\\?xml[^>]*\\?>", "");
            resp.setContentType("text/xml; charset=UTF-8");
            resp.getOutputStream().write(Voorbeeldberichten.envelop(xml).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            resp.sendError(500, e.getMessage());
        }
    }
}
