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
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.log.Berichtlog;
import nl.zorgkantoor.wlz.uitwisseling.log.BerichtlogRepository;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Delivers the outbox every few seconds: one SOAP call per due message, outside any transaction, then one short
 * transaction to record the outcome. The partner endpoint per AGB code comes from {@code wlz.partner.<agb>.url},
 * else from {@code wlz.partner.url} with {agb} replaced; without one the attempt fails and is retried.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Verzender {

    private static final Logger LOG = Logger.getLogger(Verzender.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @EJB
    private UitgaandRepository uitgaand;

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
        String url = endpoint(bericht.ontvanger());
        String retour = null;
        String fout = null;
        long start = System.nanoTime();
        if (url == null) {
            fout = "Geen endpoint ingesteld voor AGB " + bericht.ontvanger();
        } else {
            try {
                HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=UTF-8")
                                .header("SOAPAction", "\"http://wlz.zorgkantoor.nl/uitwisseling/iwlz/2_2/AW33\"")
                                .POST(HttpRequest.BodyPublishers.ofString(Voorbeeldberichten.envelop(bericht.xml())))
                                .build(), HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() == 200) {
                    retour = antwoord.body();
                } else {
                    fout = "HTTP " + antwoord.statusCode() + " van " + url;
                }
            } catch (java.io.IOException e) {
                fout = "Niet bereikbaar: " + url + " (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        registreer(id, retour, fout, (System.nanoTime() - start) / 1_000_000);
    }

    private void registreer(long id, String retour, String fout, long duurMs) {
        try {
            tx.begin();
            UitgaandBericht bericht = uitgaand.zoek(id).orElseThrow();
            Instant nu = klok.nu().toInstant();
            List<String> codes = retour == null ? List.of() : retourCodes(retour);
            if (retour != null && codes.isEmpty()) {
                fout = "Antwoord is geen geldige AW34";
                retour = null;
            }
            if (retour == null) {
                bericht.mislukt(fout, nu, backoff());
                LOG.info(() -> "AW33 " + bericht.identificatie() + " poging " + bericht.pogingen() + " mislukt");
            } else {
                boolean afgewezen = codes.stream().anyMatch(c -> !"0200".equals(c));
                bericht.beantwoord(retour, String.join(",", codes), afgewezen, nu);
                Berichtlog entry = log.bewaar(new Berichtlog("UIT", bericht.berichtsoort(), bericht.afzender(),
                        bericht.ontvanger(), bericht.identificatie(), bericht.identificatie(), bericht.xml(), nu));
                entry.afgerond(Berichtlog.Status.VERWERKT, String.join(",", codes),
                        afgewezen ? "Afgewezen door de aanbieder: werk voor een beheerder" : null, retour, duurMs);
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

    /** The RetourCodes of a schema-valid AW34 inside the SOAP response; empty when it is not one. */
    static List<String> retourCodes(String soapAntwoord) {
        try {
            Document envelop = VeiligeXml.lees(soapAntwoord.getBytes(StandardCharsets.UTF_8));
            NodeList berichten = envelop.getElementsByTagNameNS("http://www.istandaarden.nl/iwlz/2_2/aw34/schema",
                    "Bericht");
            if (berichten.getLength() != 1) {
                return List.of();
            }
            Document aw34 = VeiligeXml.lees(VeiligeXml.bytes(new javax.xml.transform.dom.DOMSource(berichten.item(0))));
            Schemas.valideer(aw34, "AW34.xsd");
            NodeList codes = aw34.getElementsByTagNameNS("http://www.istandaarden.nl/iwlz/2_2/aw34/schema", "RetourCode");
            List<String> lijst = new ArrayList<>();
            for (int i = 0; i < codes.getLength(); i++) {
                lijst.add(codes.item(i).getTextContent().trim());
            }
            return lijst;
        } catch (OngeldigBericht e) {
            LOG.info(() -> "Ongeldige AW34: " + e.getMessage());
            return List.of();
        }
    }

    private static Duration backoff() {
        return Duration.ofSeconds(Long.getLong("wlz.uitwisseling.backoff.seconden", 5));
    }

    static String endpoint(String agb) {
        String url = System.getProperty("wlz.partner." + agb + ".url");
        if (url == null) {
            String sjabloon = System.getProperty("wlz.partner.url");
            url = sjabloon == null ? null : sjabloon.replace("{agb}", agb);
        }
        return url;
    }
}
