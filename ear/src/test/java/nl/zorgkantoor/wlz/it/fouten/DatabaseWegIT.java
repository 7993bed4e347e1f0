package nl.zorgkantoor.wlz.it.fouten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away while messages are processed (issue 9): the server talks to PostgreSQL through the
 * {@link DatabaseProxy} in this JVM, which the test cuts and restores. Runs only when the proxy is active
 * ({@code -Ppostgresql -Dwlz.fouten.db.doel=127.0.0.1:5432} with {@code wlz.it.db.url} on the proxy port).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseWegIT {

    /** Enough that the cut falls while most are in flight, also on a fast server (4 threads). */
    private static final int BERICHTEN = 200;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(DatabaseWegIT.class);
    }

    // RULES
    @Test
    void x01_x02_databaseWegTijdensVerwerkingGeeftSoapFaultEnDeHerhalingWordtEenKeerVerwerkt() throws Exception {
        DatabaseProxy proxy = DatabaseProxy.actief();
        assumeTrue(proxy != null, "geen database-proxy in deze run (alleen op PostgreSQL met -Dwlz.fouten.db.doel)");
        Random r = new Random(VijandigCorpus.ZAAD + System.nanoTime());
        String tag = Long.toString(System.currentTimeMillis() / 1000, 36);
        List<String> bsns = new ArrayList<>();
        List<String> berichten = new ArrayList<>();
        for (int i = 0; i < BERICHTEN; i++) {
            String bsn = VijandigCorpus.geldigBsn(r);
            bsns.add(bsn);
            berichten.add(Voorbeeldberichten.io31("D" + tag.substring(tag.length() - 5) + String.format("%06d", i),
                    bsn, 1, "754", VijandigCorpus.INGANG));
        }

        // the CIZ is a known partner: it logged in before (the caching realm of configure.cli remembers it)
        HttpResponse<String> bekend = verstuur(Voorbeeldberichten.io31("W" + tag, VijandigCorpus.geldigBsn(r), 1,
                "754", VijandigCorpus.INGANG));
        assertEquals(200, bekend.statusCode(), bekend.body());

        // the messages are in flight when the database goes away
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> onderweg = new ArrayList<>();
        for (String bericht : berichten) {
            onderweg.add(pool.submit(() -> verstuur(bericht)));
        }
        // cut once the first answers are back: then the rest is surely in flight (a fixed pause raced with a
        // server that got faster: all 20 messages of the first version were done within 300 ms)
        long tot = System.currentTimeMillis() + 60_000;
        while (onderweg.stream().filter(Future::isDone).count() < 3 && System.currentTimeMillis() < tot) {
            Thread.sleep(5);
        }
        proxy.verbreek();
        List<Integer> teHerhalen = new ArrayList<>();
        int faults = 0;
        for (int i = 0; i < BERICHTEN; i++) {
            HttpResponse<String> antwoord = onderweg.get(i).get(5, TimeUnit.MINUTES);
            String body = antwoord.body();
            assertTrue(!body.contains("\tat ") && !body.contains("at org."), "stacktrace naar de partner: " + body);
            if (antwoord.statusCode() == 200) {
                // processed before the cut: complete retour, never a 0001 for a database failure
                assertEquals(4, body.split("<io32:RetourCode>0200<").length - 1, body);
            } else {
                // A SOAP fault ("retry"), also for a request that arrived while the database was gone: the known
                // partner's login is answered from the caching realm, so the call reaches the endpoint and the
                // container never answers with a bare 500 page (issue 4).
                assertEquals(500, antwoord.statusCode(), body);
                assertTrue(body.contains(":Fault>"), "SOAP fault verwacht: " + body);
                assertFalse(body.contains("<title>Error</title>"), body);
                faults++;
                teHerhalen.add(i);
            }
        }
        pool.shutdown();
        assertTrue(faults > 0, "de database ging weg nadat alle berichten verwerkt waren; geen fault gezien");

        // nothing half-written: a client exists exactly when its message was registered (TR056) as processed
        for (int i = 0; i < BERICHTEN; i++) {
            long clienten = telling("SELECT COUNT(*) FROM indicatie.client WHERE bsn = ?", bsns.get(i));
            long geregistreerd = telling("SELECT COUNT(*) FROM uitwisseling.bericht b"
                    + " WHERE b.houdt_identificatie AND b.heen_xml LIKE ?",
                    "%" + bsns.get(i) + "%");
            if (!teHerhalen.contains(i)) {
                assertEquals(1, clienten, "client " + i);
            }
            assertEquals(clienten, geregistreerd, "half geschreven: bericht " + i);
        }

        // the database returns; the partner retries what got a fault (and, to be sure, everything else)
        proxy.herstel();
        for (int i = 0; i < BERICHTEN; i++) {
            String retour = herhaalTotAntwoord(berichten.get(i));
            assertEquals(4, retour.split("<io32:RetourCode>0200<").length - 1, retour);
        }
        for (String bsn : bsns) {
            assertEquals(1, telling("SELECT COUNT(*) FROM indicatie.client WHERE bsn = ?", bsn));
            assertEquals(1, telling("SELECT COUNT(*) FROM indicatie.indicatiebesluit b JOIN indicatie.client c"
                    + " ON c.id = b.client_id WHERE c.bsn = ?", bsn));
        }
    }

    /** The partner's retry with backoff: a fault while the pool replaces broken connections means "try again". */
    private static String herhaalTotAntwoord(String bericht) throws InterruptedException {
        for (int poging = 1; poging <= 10; poging++) {
            HttpResponse<String> antwoord = verstuur(bericht);
            if (antwoord.statusCode() == 200) {
                return antwoord.body();
            }
            Thread.sleep(1000L * poging);
        }
        throw new AssertionError("geen antwoord na 10 pogingen");
    }

    private static HttpResponse<String> verstuur(String bericht) {
        return ItOmgeving.soap("/uitwisseling/CizService", Voorbeeldberichten.envelop(bericht));
    }

    /** Counts directly in the real database (not through the proxy). */
    private static long telling(String sql, String parameter) throws SQLException {
        String url = System.getProperty("wlz.it.db.url").replaceFirst(":\\d+/",
                ":" + System.getProperty("wlz.fouten.db.doel").replaceFirst(".*:", "") + "/");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("wlz.it.db.user"),
                System.getProperty("wlz.it.db.password"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
