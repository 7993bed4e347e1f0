package nl.zorgkantoor.wlz.it.fouten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of a report job (issue 9, RULES W-02): on a WildFly that this test starts
 * and kills itself (the provisioned server with its own base directory, like bench/serverstart.sh; not the
 * Arquillian-managed one), with the national region set so that the job has 31 partitions.
 *
 * <ol>
 * <li>An uninterrupted WachtlijstRapportJob gives the reference PDFs and the full number of items.</li>
 * <li>A forced run of the same peildatum is killed with {@code kill -9} once some partitions have committed.</li>
 * <li>After the restart the crashed run is marked FAILED ({@code AfgebrokenRuns}), the report API restarts it, and
 * it reads fewer items than a full run: it resumed from its checkpoints.</li>
 * <li>Every PDF (31 regions and national) has the same text as the uninterrupted run's, apart from the generation
 * time; the supervisors got one mail per finished run.</li>
 * </ol>
 * Everything goes through HTTP ({@code /wlz/api/rapporten}), as an operator would do it. Size of the population:
 * {@code -Dwlz.fouten.kill9.aantal} (default 62,000).
 */
class ServerKillIT {

    private static final Logger LOG = Logger.getLogger(ServerKillIT.class.getName());
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 9, 1);
    private static final int AANTAL = Integer.getInteger("wlz.fouten.kill9.aantal", 62_000);
    /** Clear of the Arquillian server's ports (offset P) and of the other engineers' (P ± 100). */
    private static final int OFFSET = Integer.getInteger("wlz.it.port.offset", 100) + 50;
    private static final String WACHTWOORD = "WlzDemo2026!";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The report API's JSON as the test reads it (no JSON-P implementation in the test JVM). */
    private record Status(String status, String exitStatus, Map<String, Stap> stappen) {
    }

    private record Stap(String status, long gelezen, long partitiesGestart) {
    }

    private static final Pattern STAP = Pattern.compile(
            "\\{\\s*\"stap\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"status\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"gelezen\"\\s*:\\s*(\\d+)"
                    + "[^}]*\"partitiesGestart\"\\s*:\\s*(\\d+)");
    private static final Pattern ARCHIEF = Pattern.compile(
            "\\{\\s*\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"regio\"\\s*:\\s*\"(\\d+)\"\\s*,\\s*\"executie\"\\s*:\\s*(\\d+)");

    private static Path basis;
    private static Process server;
    private static GreenMail mail;
    private static String dbUrl;

    @BeforeAll
    static void omgeving() throws Exception {
        Path doel = Path.of(System.getProperty("wlz.ear")).getParent();
        basis = doel.resolve("kill9-server");
        verwijder(basis);
        Files.createDirectories(basis.resolve("configuration"));
        Files.createDirectories(basis.resolve("deployments"));
        Path configuratie = Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
        try (Stream<Path> bestanden = Files.list(configuratie)) {
            for (Path p : bestanden.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".properties"))
                    .toList()) {
                Files.copy(p, basis.resolve("configuration").resolve(p.getFileName()));
            }
        }
        Files.copy(Path.of(System.getProperty("wlz.ear")), basis.resolve("deployments/wlz-platform.ear"));
        dbUrl = eigenDatabase(doel);
        mail = new GreenMail(new ServerSetup(smtpPoort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(ServerKillIT::stopServer));
    }

    @AfterAll
    static void opruimen() {
        stopServer();
        if (mail != null) {
            mail.stop();
        }
    }

    // RULES W-02
    @Test
    void w02_killMinNegenMiddenInDeRapportjobHerstartVanafHetCheckpointMetDezelfdeCijfers() throws Exception {
        startServer();
        assertEquals(403, verstuur("medewerker.utrecht", "POST", "/wlz/api/rapporten/wachtlijst?peildatum="
                + PEILDATUM).statusCode(), "een medewerker start geen rapporten");

        // 1. the reference: an uninterrupted run
        long referentie = start(false);
        Status klaar = wachtTotKlaar(referentie);
        assertEquals("COMPLETED", klaar.status(), klaar.toString());
        long volledig = gelezen(klaar, "regios");
        Map<String, String> verwacht = pdfTeksten(referentie);
        assertEquals(32, verwacht.size(), "31 regio's en landelijk: " + verwacht.keySet());

        // 2. the same report again (forced), killed once some partitions have committed their figures
        long gekild = start(true);
        long partitiesBijKill = wachtOpVoortgang(gekild);
        long pid = killMinNegen();
        LOG.info(() -> "kill -9 " + pid + " na " + partitiesBijKill + " van 31 begonnen partities in stap regios");

        // 3. restart the server: the crashed run is marked, then restarted through the API
        startServer();
        Status afgebroken = status(gekild);
        assertEquals("FAILED", afgebroken.status(), afgebroken.toString());
        assertTrue(afgebroken.exitStatus().startsWith("AFGEBROKEN"), afgebroken.toString());
        HttpResponse<String> herstart = verstuur("toezichthouder", "POST",
                "/wlz/api/rapporten/executies/" + gekild + "/herstart");
        assertEquals(202, herstart.statusCode(), herstart.body());
        long hervat = executie(herstart.body());
        Status na = wachtTotKlaar(hervat);
        assertEquals("COMPLETED", na.status(), na.toString());
        long opnieuwGelezen = gelezen(na, "regios");
        assertTrue(opnieuwGelezen < volledig, "hervat vanaf het checkpoint: " + opnieuwGelezen + " < " + volledig);
        // the partitions finished before the kill (all begun but the two running) are not read again; one more is
        // allowed for, that may have started between the last progress poll and the kill
        long afgerond = (partitiesBijKill - 3) * volledig / 31;
        assertTrue(opnieuwGelezen <= volledig - afgerond, "afgeronde partities niet opnieuw: " + opnieuwGelezen
                + " <= " + volledig + " - " + afgerond);

        // 4. the same figures in every PDF, and one mail per finished run (none for the killed one)
        Map<String, String> naKill = pdfTeksten(hervat);
        assertEquals(verwacht.keySet(), naKill.keySet());
        for (Map.Entry<String, String> e : verwacht.entrySet()) {
            assertEquals(e.getValue(), naKill.get(e.getKey()), "regio " + e.getKey());
        }
        assertTrue(verwacht.get("0000").contains("Totaal sectoren"), verwacht.get("0000"));
        mail.waitForIncomingEmail(30_000, 2);
        assertEquals(2, mail.getReceivedMessages().length, "een mail per afgeronde run");
        LOG.info(() -> String.format("ServerKillIT: volledig %d items, kill na %d begonnen partities, na de herstart"
                + " %d gelezen", volledig, partitiesBijKill, opnieuwGelezen));
    }

    // ------------------------------------------------------------------------------------------------------------

    private static long start(boolean geforceerd) {
        HttpResponse<String> antwoord = verstuur("toezichthouder", "POST", "/wlz/api/rapporten/wachtlijst?peildatum="
                + PEILDATUM + "&geforceerd=" + geforceerd);
        assertEquals(202, antwoord.statusCode(), antwoord.body());
        return executie(antwoord.body());
    }

    private static long executie(String json) {
        Matcher m = Pattern.compile("\"executie\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static Status status(long executie) {
        HttpResponse<String> antwoord = verstuur("toezichthouder", "GET", "/wlz/api/rapporten/executies/" + executie);
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        String json = antwoord.body();
        String kop = json.substring(0, json.indexOf("\"stappen\""));
        Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(kop);
        Matcher exit = Pattern.compile("\"exitStatus\"\\s*:\\s*\"([^\"]*)\"").matcher(kop);
        assertTrue(status.find() && exit.find(), json);
        Map<String, Stap> stappen = new TreeMap<>();
        Matcher stap = STAP.matcher(json);
        while (stap.find()) {
            stappen.put(stap.group(1), new Stap(stap.group(2), Long.parseLong(stap.group(3)),
                    Long.parseLong(stap.group(4))));
        }
        return new Status(status.group(1), exit.group(1), stappen);
    }

    private static Status wachtTotKlaar(long executie) throws InterruptedException {
        long tot = System.currentTimeMillis() + 15 * 60_000;
        while (System.currentTimeMillis() < tot) {
            Status s = status(executie);
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(s.status())) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("executie " + executie + " niet klaar na 15 minuten");
    }

    /**
     * Waits until a third of the 31 region partitions were begun while the step still runs: with two partition
     * threads, all but the last two have then committed all their figures and checkpoints; returns how many.
     */
    private static long wachtOpVoortgang(long executie) throws InterruptedException {
        long tot = System.currentTimeMillis() + 10 * 60_000;
        while (System.currentTimeMillis() < tot) {
            Stap regios = status(executie).stappen().get("regios");
            if (regios != null) {
                if (!regios.status().equals("STARTED")) {
                    fail("stap regios al " + regios.status() + " voordat de kill kon vallen; vergroot "
                            + "-Dwlz.fouten.kill9.aantal (nu " + AANTAL + ")");
                }
                if (regios.partitiesGestart() >= 10) {
                    return regios.partitiesGestart();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("geen voortgang in executie " + executie);
    }

    private static long gelezen(Status status, String naam) {
        Stap stap = status.stappen().get(naam);
        assertTrue(stap != null, "geen stap " + naam + " in " + status);
        return stap.gelezen();
    }

    /** Region code → PDF text of that run, without the one line that differs per run (the generation time). */
    private static Map<String, String> pdfTeksten(long executie) throws IOException {
        HttpResponse<String> lijst = verstuur("toezichthouder", "GET", "/wlz/api/rapporten/wachtlijst/" + PEILDATUM);
        assertEquals(200, lijst.statusCode(), lijst.body());
        Map<String, String> uit = new TreeMap<>();
        Matcher r = ARCHIEF.matcher(lijst.body());
        while (r.find()) {
            if (Long.parseLong(r.group(3)) != executie) {
                continue;
            }
            HttpResponse<byte[]> pdf = HTTP.sendAsync(verzoek("toezichthouder", "GET",
                    "/wlz/api/rapporten/archief/" + r.group(1)).build(), HttpResponse.BodyHandlers.ofByteArray()).join();
            assertEquals(200, pdf.statusCode());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                String tekst = stripper.getText(document).replaceAll("[ \\t]+", " ")
                        .replaceAll("Gegenereerd op:[^\\n]*", "");
                uit.put(r.group(2), tekst);
            }
        }
        return uit;
    }

    // --- the self-managed server ----------------------------------------------------------------------------------

    private static void startServer() throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path log = basis.resolve("log/server.log");
        Files.deleteIfExists(log);
        List<String> commando = new ArrayList<>(List.of("bash", jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + basis, "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dwlz.db.driver=" + System.getProperty("wlz.it.db.driver", "h2"), "-Dwlz.db.url=" + dbUrl,
                "-Dwlz.db.user=" + System.getProperty("wlz.it.db.user", "sa"),
                "-Dwlz.db.password=" + System.getProperty("wlz.it.db.password", "sa"),
                "-Dwlz.demo.aantal=" + AANTAL, "-Dwlz.demo.regios=nationaal", "-Dwlz.rapport.planning=false",
                "-Dwlz.smtp.host=127.0.0.1", "-Dwlz.smtp.port=" + smtpPoort()));
        ProcessBuilder pb = new ProcessBuilder(commando).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(basis.resolve("console.log").toFile()));
        pb.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        pb.environment().put("JBOSS_HOME", jbossHome.toString());
        server = pb.start();
        long tot = System.currentTimeMillis() + 10 * 60_000;
        while (System.currentTimeMillis() < tot) {
            String inhoud = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (inhoud.contains("WFLYSRV0026")) {
                fail("server gestart met fouten, zie " + log);
            }
            if (inhoud.contains("WFLYSRV0025")) {
                return;
            }
            if (!server.isAlive()) {
                fail("server gestopt tijdens de start, zie " + log + " en " + basis.resolve("console.log"));
            }
            Thread.sleep(500);
        }
        fail("server niet gestart binnen 10 minuten, zie " + log);
    }

    /** kill -9 of the server's JVM (a child of standalone.sh): no shutdown hook, no clean-up, nothing flushed. */
    private static long killMinNegen() throws Exception {
        ProcessHandle java = server.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("geen java-proces onder standalone.sh"));
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(java.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        java.onExit().get();
        server.waitFor();
        return java.pid();
    }

    private static void stopServer() {
        if (server == null) {
            return;
        }
        List<ProcessHandle> alle = new ArrayList<>(server.toHandle().descendants().toList());
        alle.forEach(ProcessHandle::destroy);
        server.destroy();
        for (ProcessHandle p : alle) {
            try {
                p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        server = null;
    }

    // --- plumbing -------------------------------------------------------------------------------------------------

    /** A database for this test alone: a fresh H2 file, or a fresh PostgreSQL database next to the IT one. */
    private static String eigenDatabase(Path doel) throws SQLException {
        String url = System.getProperty("wlz.it.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            // WRITE_DELAY=0: H2 writes every commit at once. With its default of 500 ms a kill -9 loses the last
            // half second of commits, and once the partitions got faster more than one finished in that window.
            return "jdbc:h2:file:" + doel.resolve("it-db/kill9-" + System.currentTimeMillis())
                    + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        }
        String echt = System.getProperty("wlz.fouten.db.doel", "");
        if (!echt.isBlank()) { // in the fault profile the IT url points at DatabaseWegIT's proxy
            url = url.replaceFirst("//[^/]+/", "//" + echt + "/");
        }
        String naam = url.replaceFirst(".*/", "").replaceFirst("\\?.*", "") + "_kill9";
        try (Connection c = DriverManager.getConnection(url, System.getProperty("wlz.it.db.user"),
                System.getProperty("wlz.it.db.password")); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + naam);
            st.execute("CREATE DATABASE " + naam);
        }
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + naam + "$1");
    }

    private static int smtpPoort() {
        return Integer.getInteger("wlz.it.smtp.port", 3125) + 50;
    }

    private static HttpRequest.Builder verzoek(String gebruiker, String methode, String pad) {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + (8080 + OFFSET) + pad))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic)
                .method(methode, HttpRequest.BodyPublishers.noBody());
    }

    private static HttpResponse<String> verstuur(String gebruiker, String methode, String pad) {
        return HTTP.sendAsync(verzoek(gebruiker, methode, pad).build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    private static void verwijder(Path map) throws IOException {
        if (Files.exists(map)) {
            try (Stream<Path> paden = Files.walk(map)) {
                for (Path p : paden.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        assertFalse(Files.exists(map));
    }
}
