package nl.zorgkantoor.wlz.it.fouten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault evidence for the iWlz exchange (issue 9), in the server so that the row counts and the heap are the server's
 * own: a corpus of hostile messages over real HTTP from several threads, and one valid message delivered 100 times
 * at once.
 */
@ExtendWith(ArquillianExtension.class)
class VijandigeBerichtenIT {

    /** Size of the corpus; -Dwlz.fouten.corpus on the server JVM (wlz.it.jvm.args) overrides. */
    private static final int CORPUS = Integer.getInteger("wlz.fouten.corpus", 10_000);
    private static final int DRADEN = 4;
    /** Heap growth (after a full GC) that the corpus may leave behind. */
    private static final long MAX_GROEI = 150L * 1024 * 1024;

    /** The tables a message changes when it is accepted; none of them may change for a rejected one. */
    private static final List<String> BEDRIJFSTABELLEN = List.of("indicatie.client", "indicatie.indicatiebesluit",
            "toezicht.wachtlijst_inschrijving", "toezicht.wachtstatus", "uitwisseling.aanlevering");

    /**
     * The inbound half of the message log. The sender keeps delivering the outbox in the background (an earlier
     * run's toewijzing to a partner that is gone ends as ONBESTELBAAR in the log), so outbound rows may appear
     * while the corpus runs; they say nothing about the corpus.
     */
    private static final String INKOMEND_LOG = "uitwisseling.bericht WHERE richting = 'IN'";

    private static final Pattern RETOURCODE = Pattern.compile("<\\w+:RetourCode>(\\w+)</\\w+:RetourCode>");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(VijandigeBerichtenIT.class, VijandigCorpus.class, VijandigCorpus.Geval.class,
                VijandigCorpus.Verwacht.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    // RULES X-01, X-04
    @Test
    void x01_x04_vijandigCorpusKrijgt0001OfDeJuisteRegelcodeEnVerandertNiets() throws Exception {
        VijandigCorpus corpus = new VijandigCorpus(runTag());
        Map<String, Long> voor = tellingen();
        long identificatiesVoor = telling("uitwisseling.bericht WHERE houdt_identificatie");
        long logVoor = telling(INKOMEND_LOG);
        MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
        long heapVoor = heapNaGc(geheugen);
        AtomicLong piek = new AtomicLong(geheugen.getHeapMemoryUsage().getUsed());

        List<String> fouten = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> uitkomsten = new ConcurrentHashMap<>();
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger regelberichten = new AtomicInteger();
        AtomicInteger beantwoord = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(DRADEN);
        List<Future<?>> taken = new ArrayList<>();
        for (int t = 0; t < DRADEN; t++) {
            taken.add(pool.submit(() -> {
                for (int i = volgende.getAndIncrement(); i < CORPUS; i = volgende.getAndIncrement()) {
                    VijandigCorpus.Geval geval = corpus.geval(i);
                    HttpResponse<String> antwoord;
                    try {
                        antwoord = ItOmgeving.soap(geval.pad(), geval.envelop());
                    } catch (java.io.UncheckedIOException e) {
                        fouten.add("#" + i + " " + geval.categorie() + ": geen antwoord: " + e.getMessage());
                        continue;
                    }
                    String uitkomst = beoordeel(geval, antwoord);
                    if (uitkomst.startsWith("FOUT")) {
                        fouten.add("#" + i + " " + geval.categorie() + ": " + uitkomst);
                    }
                    if (antwoord.statusCode() == 200) {
                        beantwoord.incrementAndGet();
                    }
                    if (geval.verwacht() == VijandigCorpus.Verwacht.REGEL) {
                        regelberichten.incrementAndGet();
                    }
                    uitkomsten.computeIfAbsent(geval.categorie() + " -> " + uitkomst, k -> new AtomicInteger())
                            .incrementAndGet();
                    piek.accumulateAndGet(geheugen.getHeapMemoryUsage().getUsed(), Math::max);
                }
                return null;
            }));
        }
        for (Future<?> taak : taken) {
            taak.get(60, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long seconden = (System.nanoTime() - start) / 1_000_000_000L;
        long heapNa = heapNaGc(geheugen);
        System.out.printf("FOUTEN corpus: %d berichten in %d s met %d draden; heap na GC %d MB -> %d MB, piek %d MB, max %d MB%n",
                CORPUS, seconden, DRADEN, heapVoor >> 20, heapNa >> 20, piek.get() >> 20,
                geheugen.getHeapMemoryUsage().getMax() >> 20);
        new TreeMap<>(uitkomsten).forEach((k, v) -> System.out.println("FOUTEN corpus: " + k + " = " + v));

        assertTrue(fouten.isEmpty(), fouten.size() + " berichten kregen niet het verwachte antwoord, o.a. "
                + fouten.subList(0, Math.min(10, fouten.size())));
        // the server stays up and still processes a valid message
        String bsn = VijandigCorpus.geldigBsn(new java.util.Random(System.nanoTime()));
        String retour = post("/uitwisseling/CizService",
                Voorbeeldberichten.io31(uniekeId(), bsn, 1, "754", VijandigCorpus.INGANG));
        assertEquals(List.of("0200", "0200", "0200", "0200"), codes(retour), retour);
        // no business row changed by the corpus (the valid message above adds one client and one besluit)
        Map<String, Long> na = tellingen();
        voor.merge("indicatie.client", 1L, Long::sum);
        voor.merge("indicatie.indicatiebesluit", 1L, Long::sum);
        assertEquals(voor, na);
        // every answered message is in the message log; only the rule-checked ones registered their Identificatie
        assertEquals(beantwoord.get() + 1, telling(INKOMEND_LOG) - logVoor);
        assertEquals(regelberichten.get() + 1,
                telling("uitwisseling.bericht WHERE houdt_identificatie") - identificatiesVoor);
        assertTrue(heapNa - heapVoor < MAX_GROEI, "heap groeide " + ((heapNa - heapVoor) >> 20) + " MB");
        assertTrue(piek.get() < geheugen.getHeapMemoryUsage().getMax() * 9 / 10,
                "heappiek " + (piek.get() >> 20) + " MB");
    }

    // RULES X-02
    @Test
    void x02_hetzelfdeBericht100KeerTegelijkWordtEenKeerVerwerktMetSteedsDezelfdeRetour() throws Exception {
        String id = uniekeId();
        String bsn = VijandigCorpus.geldigBsn(new java.util.Random(System.nanoTime()));
        String bericht = Voorbeeldberichten.io31(id, bsn, 7, "755", VijandigCorpus.INGANG);
        int aantal = 100;
        CountDownLatch startschot = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        List<Future<String>> retouren = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            retouren.add(pool.submit(() -> {
                startschot.await();
                return post("/uitwisseling/CizService", bericht);
            }));
        }
        startschot.countDown();
        List<String> antwoorden = new ArrayList<>();
        for (Future<String> r : retouren) {
            antwoorden.add(r.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        String eerste = antwoorden.get(0);
        assertEquals(List.of("0200", "0200", "0200", "0200"), codes(eerste), eerste);
        for (String antwoord : antwoorden) {
            assertEquals(eerste, antwoord);
        }
        assertEquals(1, telling("indicatie.client WHERE bsn = ?", bsn));
        assertEquals(1, telling("indicatie.indicatiebesluit b JOIN indicatie.client c ON c.id = b.client_id"
                + " WHERE c.bsn = ?", bsn));
        assertEquals(1, telling("uitwisseling.bericht WHERE houdt_identificatie AND identificatie = ?", id));
        assertEquals(1, telling("uitwisseling.bericht WHERE identificatie = ? AND status = 'VERWERKT'", id));
        assertEquals(aantal, telling("uitwisseling.bericht WHERE identificatie = ?", id));
    }

    /** "OK ..." when the answer is what the case expects, "FOUT ..." with the reason otherwise. */
    private static String beoordeel(VijandigCorpus.Geval geval, HttpResponse<String> antwoord) {
        String body = antwoord.body();
        if (body.contains("root:") || body.contains("\tat ") || body.contains("at org.") || body.contains("lollol")
                || body.length() > 200_000) {
            return "FOUT lekt inhoud of stacktrace: " + ingekort(body);
        }
        boolean fault = antwoord.statusCode() == 500 && body.contains(":Fault>");
        if (antwoord.statusCode() != 200 && !fault) {
            return "FOUT http " + antwoord.statusCode() + ": " + ingekort(body);
        }
        List<String> codes = fault ? List.of() : codes(body);
        switch (geval.verwacht()) {
            case AFGEKEURD, AFGEKEURD_OF_FAULT -> {
                if (fault) {
                    return geval.verwacht() == VijandigCorpus.Verwacht.AFGEKEURD_OF_FAULT ? "OK fault"
                            : "FOUT fault in plaats van 0001: " + ingekort(body);
                }
                return codes.equals(List.of("0001")) && !body.contains("Clienten") ? "OK 0001"
                        : "FOUT verwacht 0001, kreeg " + codes;
            }
            default -> {
                List<String> afwijkend = new ArrayList<>(codes.stream().filter(c -> !"0200".equals(c)).sorted().toList());
                return afwijkend.equals(geval.regelcodes()) ? "OK " + afwijkend
                        : "FOUT verwacht " + geval.regelcodes() + ", kreeg " + codes;
            }
        }
    }

    private static String post(String pad, String bericht) {
        HttpResponse<String> antwoord = ItOmgeving.soap(pad, Voorbeeldberichten.envelop(bericht));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    private static List<String> codes(String retour) {
        Matcher m = RETOURCODE.matcher(retour);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private Map<String, Long> tellingen() throws SQLException {
        Map<String, Long> tellingen = new LinkedHashMap<>();
        for (String tabel : BEDRIJFSTABELLEN) {
            tellingen.put(tabel, telling(tabel));
        }
        return tellingen;
    }

    private long telling(String vanaf, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + vanaf)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long heapNaGc(MemoryMXBean geheugen) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            geheugen.gc();
            Thread.sleep(200);
        }
        return geheugen.getHeapMemoryUsage().getUsed();
    }

    private static String ingekort(String tekst) {
        return tekst.length() > 300 ? tekst.substring(0, 300) + "…" : tekst;
    }

    /** Five characters of the clock: Identificaties of this run never collide with an earlier run's. */
    private static String runTag() {
        String tag = Long.toString(System.currentTimeMillis() / 1000, 36);
        return tag.substring(tag.length() - 5);
    }

    private static String uniekeId() {
        return "F" + runTag() + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
