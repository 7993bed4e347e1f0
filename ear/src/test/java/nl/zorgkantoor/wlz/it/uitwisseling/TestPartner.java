package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A chain partner's endpoint for the tests: takes the heenbericht out of the SOAP body, lets the partner write its
 * retour and answers with it in an envelope; anything it cannot read gets a 500, as a broken partner would.
 */
public abstract class TestPartner extends HttpServlet {

    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Document retour = retour(heenbericht(req.getInputStream().readAllBytes()));
            String xml = VeiligeXml.tekst(retour).replaceFirst("^<\\?xml[^>]*\\?>", "");
            resp.setContentType("text/xml; charset=UTF-8");
            resp.getOutputStream().write(Voorbeeldberichten.envelop(xml).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            resp.sendError(500, e.getMessage());
        }
    }

    /** The partner's retour on the heenbericht (a document of its own, the Bericht as its root). */
    protected abstract Document retour(Document heen);

    private static Document heenbericht(byte[] soap) throws OngeldigBericht {
        Document envelop = VeiligeXml.lees(soap);
        Element body = (Element) envelop.getDocumentElement().getElementsByTagNameNS(SOAP, "Body").item(0);
        Node bericht = body.getFirstChild();
        while (!(bericht instanceof Element)) {
            bericht = bericht.getNextSibling();
        }
        Document heen = VeiligeXml.nieuwDocument();
        heen.appendChild(heen.importNode(bericht, true));
        return heen;
    }
}
