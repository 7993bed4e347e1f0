package nl.zorgkantoor.wlz.uitwisseling.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners;

/**
 * Load driver for bench/RESULTS.md: IO31 messages (one new client each) from several threads to the CizService,
 * and the same messages to the bare EchoService on the same server, as the yardstick.
 * {@code java ... Lastmeting <server-url> <threads> <berichten> [rondes]}: echo and IO31 alternate in rounds. The IO31 calls log in as the demo CIZ account
 * (HTTP Basic, README "Ketenpartners").
 */
public final class Lastmeting {

    private static final AtomicLong VOLGNUMMER = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private Lastmeting() {
    }

    public static void main(String[] args) throws Exception {
        String server = args[0];
        int threads = Integer.parseInt(args[1]);
        int aantal = Integer.parseInt(args[2]);
        int rondes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String echoUrl = server + "/uitwisseling/EchoService";
        String io31Url = server + "/uitwisseling/CizService";
        // the warm-up lets the JIT finish both paths first: on 2 cores its compiler threads take CPU from the server
        // for the first thousand or so messages, and the IO31 path has far more code to compile than the echo
        int warmUp = Integer.getInteger("lastmeting.warmup", 1000);
        meet("warm-up echo", http, echoUrl, threads, Math.min(warmUp, aantal), true);
        meet("warm-up io31", http, io31Url, threads, Math.min(warmUp, aantal), false);
        // Echo and IO31 alternate in rounds: on a shared 2-core machine the speed drifts by tens of percents within
        // a minute, and a ratio of neighbouring rounds is far steadier than one of two long runs.
        int perRonde = Math.max(1, aantal / rondes);
        List<Double> verhoudingen = new ArrayList<>();
        double echoTotaal = 0;
        double io31Totaal = 0;
        for (int r = 1; r <= rondes; r++) {
            double echo = meet("ronde " + r + " EchoService", http, echoUrl, threads, perRonde, true);
            double io31 = meet("ronde " + r + " CizService IO31", http, io31Url, threads, perRonde, false);
            verhoudingen.add(io31 / echo);
            echoTotaal += echo;
            io31Totaal += io31;
        }
        Collections.sort(verhoudingen);
        System.out.printf("gemiddeld: EchoService %.1f berichten/s, CizService IO31 %.1f berichten/s%n",
                echoTotaal / rondes, io31Totaal / rondes);
        System.out.printf("verhouding IO31/echo per ronde: %s%n", verhoudingen.stream()
                .map(v -> String.format("%.1f%%", 100 * v)).toList());
        System.out.printf("verhouding IO31/echo: %.1f%% (mediaan van %d rondes van %d berichten)%n",
                100 * verhoudingen.get(rondes / 2), rondes, perRonde);
    }

    private static double meet(String naam, HttpClient http, String url, int threads, int aantal, boolean echo)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> duren = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < aantal; i++) {
            duren.add(pool.submit(() -> {
                String bericht = Voorbeeldberichten.io31("LM" + VOLGNUMMER.incrementAndGet(), bsn(), 1, "754",
                        LocalDate.of(2025, 1, 1));
                long t0 = System.nanoTime();
                HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        // issue 4: the CIZ authenticates (the echo ignores it, so both carry the same bytes)
                        .header("Authorization", DemoKetenpartners.basic(DemoKetenpartners.CIZ))
                        .POST(HttpRequest.BodyPublishers.ofString(Voorbeeldberichten.envelop(bericht))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() != 200 || (!echo && !antwoord.body().contains(">0200<"))) {
                    throw new IllegalStateException("Onverwacht antwoord " + antwoord.statusCode());
                }
                return System.nanoTime() - t0;
            }));
        }
        List<Long> lijst = new ArrayList<>();
        for (Future<Long> f : duren) {
            lijst.add(f.get());
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(lijst);
        double perSeconde = aantal / seconden;
        System.out.printf("%s: %d berichten, %d threads, %.1f berichten/s, p50 %.1f ms, p99 %.1f ms%n", naam, aantal,
                threads, perSeconde, lijst.get(lijst.size() / 2) / 1e6, lijst.get((int) (lijst.size() * 0.99)) / 1e6);
        return perSeconde;
    }

    /** A valid BSN outside the demo range (demo BSNs start with 2..9). */
    private static String bsn() {
        while (true) {
            String bsn = Bsn.metControlecijfer(
                    "1" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000)));
            if (bsn != null) {
                return bsn;
            }
        }
    }
}
