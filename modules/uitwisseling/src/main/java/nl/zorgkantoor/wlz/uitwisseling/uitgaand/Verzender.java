package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.log.Berichtlog;
import nl.zorgkantoor.wlz.uitwisseling.log.BerichtlogRepository;
import nl.zorgkantoor.wlz.uitwisseling.partner.Ketenpartners;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Delivers the outbox every few seconds: one SOAP call per due message, outside any transaction, then one short
 * transaction to record the outcome. The partner endpoint comes from {@link Ketenpartners#endpoint(String)}; a
 * message for a partner without one is not retried (nothing would change) but becomes a work item (ONBESTELBAAR)
 * with the Dutch reason, to be sent again once an administrator has set the address. An https endpoint gets the
 * zorgkantoor's client certificate (mutual TLS, {@link UitgaandeTls}); plain http stays as it is.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Verzender {

    private static final Logger LOG = Logger.getLogger(Verzender.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @EJB
    private UitgaandRepository uitgaand;

    @EJB
    private Ketenpartners partners;

    @Inject
    private BerichtlogRepository log;

    @Inject
    private Klok klok;

    @Resource
    private UserTransaction tx;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    public void verzend() {
        List<Long> ids;
        try {
            ids = uitgaand.teVerzenden(klok.nu().toInstant(), 20);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Outbox niet leesbaar: " + e.getMessage());
            return;
        }
        for (long id : ids) {
            verzendEen(id);
        }
    }

    private void verzendEen(long id) {
        UitgaandBericht bericht = uitgaand.zoek(id).orElseThrow();
        String url = partners.endpoint(bericht.ontvanger()).orElse(null);
        if (url == null) {
            onbestelbaar(id, "Geen adres (endpoint) ingesteld voor ketenpartner " + bericht.ontvanger()
                    + ": stel het in onder Beheer › Ketenpartners en verstuur het bericht daarna opnieuw.");
            return;
        }
        String retour = null;
        String fout = null;
        long start = System.nanoTime();
        try {
            HttpResponse<String> antwoord = client(url).send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"http://wlz.zorgkantoor.nl/uitwisseling/iwlz/2_2/"
                                    + bericht.berichtsoort() + "\"")
                            .POST(HttpRequest.BodyPublishers.ofString(Voorbeeldberichten.envelop(bericht.xml())))
                            .build(), HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() == 200) {
                retour = antwoord.body();
            } else {
                fout = "HTTP " + antwoord.statusCode() + " van " + url;
            }
        } catch (java.io.IOException e) {
            fout = "Niet bereikbaar: " + url + " (" + e.getClass().getSimpleName() + ")";
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // the zorgkantoor's certificate or trust store is missing or unreadable: a setting to fix, retried
            fout = "Clientcertificaat voor " + url + " onbruikbaar: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        registreer(id, retour, fout, (System.nanoTime() - start) / 1_000_000);
    }

    /** Plain http as before; https presents the zorgkantoor's client certificate (mutual TLS, issue 4). */
    private static HttpClient client(String url) {
        return url.regionMatches(true, 0, "https:", 0, 6) ? UitgaandeTls.client() : HTTP;
    }

    private void registreer(long id, String retour, String fout, long duurMs) {
        try {
            tx.begin();
            UitgaandBericht bericht = uitgaand.zoek(id).orElseThrow();
            Instant nu = klok.nu().toInstant();
            Berichtsoort soort = Berichtsoort.valueOf(bericht.berichtsoort());
            List<String> codes = retour == null ? List.of() : retourCodes(retour, soort);
            if (retour != null && codes.isEmpty()) {
                fout = "Antwoord is geen geldige " + soort.retour();
                retour = null;
            }
            if (retour == null) {
                bericht.mislukt(fout, nu, backoff());
                LOG.info(() -> bericht.berichtsoort() + " " + bericht.identificatie() + " poging " + bericht.pogingen() + " mislukt");
            } else {
                boolean afgewezen = codes.stream().anyMatch(c -> !"0200".equals(c));
                bericht.beantwoord(retour, String.join(",", codes), afgewezen, nu);
                Berichtlog nieuw = new Berichtlog("UIT", bericht.berichtsoort(), bericht.afzender(),
                        bericht.ontvanger(), bericht.identificatie(), bericht.identificatie(), bericht.xml(), nu);
                // the Afzender of an outbound message is our zorgkantoorcode: the region of the message
                nieuw.inRegio(bericht.afzender());
                nieuw.vanUitgaand(bericht.id());
                Berichtlog entry = log.bewaar(nieuw);
                log.registreerBsns(entry.id(), bsns(bericht.xml()));
                entry.afgerond(Berichtlog.Status.VERWERKT, String.join(",", codes),
                        afgewezen ? "Afgewezen door de ontvanger: werk voor een medewerker" : null, retour, duurMs);
            }
            tx.commit();
        } catch (Exception e) {
            LOG.warning(() -> "Uitkomst van uitgaand bericht " + id + " niet vastgelegd: " + e);
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // nothing more to undo; the next round tries again
            }
        }
    }

    /** A message nobody can receive: out of the retry loop, into the message log and the work list. */
    private void onbestelbaar(long id, String reden) {
        try {
            tx.begin();
            UitgaandBericht bericht = uitgaand.zoek(id).orElseThrow();
            Instant nu = klok.nu().toInstant();
            bericht.onbestelbaar(reden, nu);
            Berichtlog nieuw = new Berichtlog("UIT", bericht.berichtsoort(), bericht.afzender(), bericht.ontvanger(),
                    bericht.identificatie(), bericht.identificatie(), bericht.xml(), nu);
            nieuw.inRegio(bericht.afzender());
            nieuw.vanUitgaand(bericht.id());
            Berichtlog entry = log.bewaar(nieuw);
            log.registreerBsns(entry.id(), bsns(bericht.xml()));
            entry.afgerond(Berichtlog.Status.ONBESTELBAAR, null, reden, null, 0);
            tx.commit();
            LOG.warning(() -> bericht.berichtsoort() + " " + bericht.identificatie() + ": " + reden);
        } catch (Exception e) {
            LOG.warning(() -> "Onbestelbaar bericht " + id + " niet vastgelegd: " + e);
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // the next round tries again
            }
        }
    }

    /** The RetourCodes of a schema-valid AW34 inside the SOAP response; empty when it is not one. */
    static List<String> retourCodes(String soapAntwoord) {
        return retourCodes(soapAntwoord, Berichtsoort.AW33);
    }

    /**
     * The RetourCodes of the schema-valid retour of {@code soort} (AW34, CA318, …) inside the SOAP response; empty
     * when it is not one.
     */
    static List<String> retourCodes(String soapAntwoord, Berichtsoort soort) {
        try {
            Document envelop = VeiligeXml.lees(soapAntwoord.getBytes(StandardCharsets.UTF_8));
            NodeList berichten = envelop.getElementsByTagNameNS(soort.retourNamespace(), "Bericht");
            if (berichten.getLength() != 1) {
                return List.of();
            }
            Document aw34 = VeiligeXml.lees(VeiligeXml.bytes(new javax.xml.transform.dom.DOMSource(berichten.item(0))));
            Schemas.valideer(aw34, soort.retourXsd());
            NodeList codes = aw34.getElementsByTagNameNS(soort.retourNamespace(), "RetourCode");
            List<String> lijst = new ArrayList<>();
            for (int i = 0; i < codes.getLength(); i++) {
                lijst.add(codes.item(i).getTextContent().trim());
            }
            return lijst;
        } catch (OngeldigBericht e) {
            LOG.info(() -> "Ongeldige " + soort.retour() + ": " + e.getMessage());
            return List.of();
        }
    }

    private static final java.util.regex.Pattern BSN = java.util.regex.Pattern.compile("<(?:\\w+:)?Bsn>([0-9]{9})</");

    static java.util.Set<String> bsns(String xml) {
        java.util.Set<String> bsns = new java.util.TreeSet<>();
        java.util.regex.Matcher m = BSN.matcher(xml == null ? "" : xml);
        while (m.find()) {
            bsns.add(m.group(1));
        }
        return bsns;
    }

    private static Duration backoff() {
        return Duration.ofSeconds(Long.getLong("wlz.uitwisseling.backoff.seconden", 5));
    }
}
