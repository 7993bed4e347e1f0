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
 * {@code java ... Lastmeting <server-url> <threads> <berichten> [rondes]}: echo and IO31 alternate in rounds. The IO31
 * calls log in as the demo CIZ account: HTTP Basic over http, its client certificate over https (mutual TLS, README
 * "Ketenpartners"). With {@code -Dlastmeting.serverpid} it also reports the server's CPU per message.
 */
public final class Lastmeting {

    private static final ServerCpu SERVER = new ServerCpu(Long.getLong("lastmeting.serverpid", -1));
    private static final AtomicLong VOLGNUMMER = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private Lastmeting() {
    }

    public static void main(String[] args) throws Exception {
        String server = args[0];
        int threads = Integer.parseInt(args[1]);
        int aantal = Integer.parseInt(args[2]);
        int rondes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        boolean tls = server.startsWith("https:");
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (tls) {
            // mutual TLS: the CIZ's client certificate authenticates, on both paths (the echo asks for none)
            client.sslContext(Partnersimulator.tls(DemoKetenpartners.CIZ, true));
        }
        Verbinding http = new Verbinding(client.build(), !tls);
        String echoUrl = server + "/uitwisseling/EchoService";
        String io31Url = server + "/uitwisseling/CizService";
        warmUp(http, echoUrl, io31Url, threads, aantal);
        // Echo and IO31 alternate in rounds: on a shared 2-core machine the speed drifts by tens of percents within
        // a minute, and a ratio of neighbouring rounds is far steadier than one of two long runs.
        int perRonde = Math.max(1, aantal / rondes);
        List<Double> verhoudingen = new ArrayList<>();
        List<Double> cpuVerhoudingen = new ArrayList<>();
        double echoTotaal = 0;
        double io31Totaal = 0;
        for (int r = 1; r <= rondes; r++) {
            ServerCpu.Stand voor = SERVER.stand();
            double echo = meet("ronde " + r + " EchoService", http, echoUrl, threads, perRonde, true);
            ServerCpu.Stand tussen = SERVER.stand();
            double io31 = meet("ronde " + r + " CizService IO31", http, io31Url, threads, perRonde, false);
            ServerCpu.Stand na = SERVER.stand();
            verhoudingen.add(io31 / echo);
            if (SERVER.bekend()) {
                // server CPU per message: what the two paths cost the server, whatever else the machine is doing
                long[] echoCpu = tussen.sinds(voor);
                long[] io31Cpu = na.sinds(tussen);
                System.out.printf("ronde %d server-CPU per bericht (ms): EchoService %s; CizService IO31 %s%n", r,
                        ServerCpu.perBericht(echoCpu, perRonde), ServerCpu.perBericht(io31Cpu, perRonde));
                cpuVerhoudingen.add((double) echoCpu[ServerCpu.TOTAAL] / io31Cpu[ServerCpu.TOTAAL]);
            }
            echoTotaal += echo;
            io31Totaal += io31;
        }
        System.out.printf("gemiddeld: EchoService %.1f berichten/s, CizService IO31 %.1f berichten/s%n",
                echoTotaal / rondes, io31Totaal / rondes);
        double mediaan = mediaan(verhoudingen);
        System.out.printf("verhouding IO31/echo per ronde: %s%n", procenten(verhoudingen));
        System.out.printf("verhouding IO31/echo: %.1f%% (mediaan van %d rondes van %d berichten)%n",
                100 * mediaan, rondes, perRonde);
        if (!cpuVerhoudingen.isEmpty()) {
            System.out.printf("verhouding server-CPU per bericht echo/IO31: %.1f%% (mediaan), per ronde %s%n",
                    100 * mediaan(cpuVerhoudingen), procenten(cpuVerhoudingen));
        }
    }

    /** Sorts the ratios (so they are also listed in order) and returns the middle one. */
    private static double mediaan(List<Double> verhoudingen) {
        Collections.sort(verhoudingen);
        return verhoudingen.get(verhoudingen.size() / 2);
    }

    private static List<String> procenten(List<Double> verhoudingen) {
        return verhoudingen.stream().map(v -> String.format("%.1f%%", 100 * v)).toList();
    }

    /**
     * Lets the JIT finish both paths before anything is measured. The IO31 path runs through far more code than the
     * echo (Hibernate, H2, the transaction manager, the rules), and on 2 cores the compiler threads were still busy
     * minutes into the load, taking a third of the server CPU of an IO31 in its measured rounds (bench/RESULTS.md
     * 2026-12-02): that measures the JIT, not the exchange. With the server's pid the warm-up runs blocks of both
     * paths until the compiler threads use less than {@code lastmeting.jit.grens} (default 3 %) of the server CPU
     * of a block, at most {@code lastmeting.warmup.max} seconds (default 600); without it, a fixed
     * {@code lastmeting.warmup} messages per path (default 1,000).
     */
    private static void warmUp(Verbinding http, String echoUrl, String io31Url, int threads, int aantal)
            throws Exception {
        int blok = Math.min(Integer.getInteger("lastmeting.warmup", 1000), aantal);
        if (!SERVER.bekend()) {
            meet("warm-up echo", http, echoUrl, threads, blok, true);
            meet("warm-up io31", http, io31Url, threads, blok, false);
            return;
        }
        double grens = Double.parseDouble(System.getProperty("lastmeting.jit.grens", "0.03"));
        long tot = System.nanoTime() + Long.getLong("lastmeting.warmup.max", 600) * 1_000_000_000L;
        for (int b = 1; ; b++) {
            ServerCpu.Stand voor = SERVER.stand();
            double echo = meet(null, http, echoUrl, threads, blok, true);
            double io31 = meet(null, http, io31Url, threads, blok, false);
            long[] cpu = SERVER.stand().sinds(voor);
            double jit = cpu[ServerCpu.JIT] / (double) Math.max(1, cpu[ServerCpu.TOTAAL]);
            System.out.printf("warm-up %d: %d berichten per pad, EchoService %.1f/s, IO31 %.1f/s, JIT-compiler %.1f%%"
                    + " van de server-CPU%n", b, blok, echo, io31, 100 * jit);
            if (jit < grens) {
                return;
            }
            if (System.nanoTime() > tot) {
                System.out.printf("warm-up gestopt na lastmeting.warmup.max: de JIT is nog niet klaar%n");
                return;
            }
        }
    }

    /** The client, and whether it logs in with HTTP Basic (over https the client certificate authenticates). */
    private record Verbinding(HttpClient client, boolean basic) {
    }

    /** Messages per second of one phase; {@code naam} null measures without reporting the phase on its own. */
    private static double meet(String naam, Verbinding http, String url, int threads, int aantal, boolean echo)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> duren = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < aantal; i++) {
            duren.add(pool.submit(() -> {
                String bericht = Voorbeeldberichten.io31("LM" + VOLGNUMMER.incrementAndGet(), bsn(), 1, "754",
                        LocalDate.of(2025, 1, 1));
                long t0 = System.nanoTime();
                HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "text/xml; charset=UTF-8");
                if (http.basic()) {
                    // issue 4: the CIZ authenticates (the echo ignores it, so both carry the same bytes)
                    verzoek.header("Authorization", DemoKetenpartners.basic(DemoKetenpartners.CIZ));
                }
                HttpResponse<String> antwoord = http.client().send(verzoek
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
        if (naam != null) {
            System.out.printf("%s: %d berichten, %d threads, %.1f berichten/s, p50 %.1f ms, p99 %.1f ms%n", naam,
                    aantal, threads, perSeconde, lijst.get(lijst.size() / 2) / 1e6,
                    lijst.get((int) (lijst.size() * 0.99)) / 1e6);
        }
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
