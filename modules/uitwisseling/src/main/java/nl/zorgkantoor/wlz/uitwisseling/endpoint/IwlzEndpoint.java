package nl.zorgkantoor.wlz.uitwisseling.endpoint;

import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.io.StringReader;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.verwerking.Antwoord;
import nl.zorgkantoor.wlz.uitwisseling.verwerking.BerichtVerwerking;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/** What the iWlz endpoints share: payload in, the one processing entry point, the retour out, never a stack trace. */
final class IwlzEndpoint {

    private static final Logger LOG = Logger.getLogger(IwlzEndpoint.class.getName());

    private IwlzEndpoint() {
    }

    static Source behandel(Source payload, WebServiceContext context, BerichtVerwerking verwerking,
                           Set<Berichtsoort> toegestaan, Berichtsoort standaard) {
        String partner = partner(context);
        if (context != null && !context.isUserInRole(Rollen.KETENPARTNER)) {
            // authenticated, but no chain partner (e.g. a staff account): refused, and the attempt is in the log
            context.getMessageContext().put(MessageContext.HTTP_RESPONSE_CODE, 403);
            partner = BerichtVerwerking.GEEN_PARTNER;
        }
        restHoeftNietBewaard();
        byte[] xml;
        try {
            xml = VeiligeXml.bytes(payload);
        } catch (OngeldigBericht e) {
            return bron(verwerking.weiger(standaard, partner, e.getMessage()));
        }
        try {
            return bron(verwerking.verwerk(xml, toegestaan, standaard, partner));
        } catch (RuntimeException eersteKeer) {
            // e.g. the same Identificatie committed concurrently (TR056): a second attempt sees it and answers
            LOG.log(Level.INFO, "Verwerking mislukt, tweede poging: {0}", eersteKeer.toString());
            try {
                return bron(verwerking.verwerk(xml, toegestaan, standaard, partner));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Bericht kon niet verwerkt worden", e);
                return bron(verwerking.weiger(standaard, partner, "Interne fout bij verwerking"));
            }
        }
    }

    /**
     * Before it writes a response, CXF copies what is left of the request into a cache, in case the endpoint echoes
     * part of it later (OutgoingChainInterceptor): a CachedOutputStream per message, or, when the payload reader had
     * read the stream to its end, an IOException with its stack trace from Undertow (1 % of the request thread of an
     * IO31, JFR, bench/RESULTS.md 2026-12-04). The payload is read and kept (or refused), so the rest of the envelope
     * is only consumed.
     */
    private static void restHoeftNietBewaard() {
        Message bericht = PhaseInterceptorChain.getCurrentMessage();
        if (bericht != null && bericht.getExchange() != null) {
            bericht.getExchange().put("cxf.io.cacheinput", Boolean.FALSE);
        }
    }

    /**
     * The partner code of the authenticated chain partner. The web layer already refused callers without valid
     * credentials (401) or without role KETENPARTNER (403); an account that is no partner code gets
     * {@link BerichtVerwerking#GEEN_PARTNER}, which no header can match, so its message is refused with 0001.
     */
    private static String partner(WebServiceContext context) {
        Principal p = context == null ? null : context.getUserPrincipal();
        return Ketenpartner.code(p).orElse(BerichtVerwerking.GEEN_PARTNER);
    }

    private static Source bron(Antwoord antwoord) {
        return antwoord.document().<Source>map(DOMSource::new)
                .orElseGet(() -> new StreamSource(new StringReader(antwoord.retour())));
    }
}
