package nl.zorgkantoor.wlz.it.toezicht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.reports.JobStatus;
import nl.zorgkantoor.wlz.reports.RapportJobs;
import nl.zorgkantoor.wlz.reports.RapportNietGestart;
import nl.zorgkantoor.wlz.reports.StapStatus;
import nl.zorgkantoor.wlz.reports.toezicht.RapportParameters;
import nl.zorgkantoor.wlz.reports.toezicht.RapportPlanner;
import nl.zorgkantoor.wlz.toezicht.api.ArchiefRapport;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.LeveringsstatusMelding;
import nl.zorgkantoor.wlz.toezicht.api.NzaMelding;
import nl.zorgkantoor.wlz.toezicht.api.NzaMeldingService;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;
import nl.zorgkantoor.wlz.toezicht.api.Streefnorm;
import nl.zorgkantoor.wlz.toezicht.api.StreefnormBeheer;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import org.apache.commons.logging.Log;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The waiting list and the two nightly report jobs on the real server: known data in region 5501, restart after an
 * induced failure in the middle of a partition, the PDFs' text read back with PDFBox, the double-start guard and
 * the schedule, the NZa melding proposal, and the supervisors' mail in GreenMail (in this test JVM).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ToezichtRapportIT {

    /** 1 September (the NZa peildatum) of a year unique to this run, far from the demo data. */
    private static final LocalDate P = LocalDate.of(2100 + ThreadLocalRandom.current().nextInt(800), 9, 1);
    private static final Pattern BSN_ACHTIG = Pattern.compile("\\b\\d{9}\\b");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear(ToezichtRapportIT.class, ToezichtFixture.class);
        // PDFBox reads the PDFs inside the server; only the test deployment carries it.
        for (Class<?> c : List.of(PDDocument.class, RandomAccessRead.class, FontBoxFont.class, Log.class)) {
            ear.addAsLibrary(jar(c));
        }
        return ear;
    }

    private static File jar(Class<?> c) {
        try {
            return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void smtp() {
        if (System.getProperty("jboss.home.dir") == null) { // only in the test JVM, not inside the server
            MailOntvanger.start();
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (System.getProperty("jboss.home.dir") == null) {
            MailOntvanger.stop();
        }
    }

    @EJB
    private WachtlijstService wachtlijst;

    @EJB
    private RapportJobs jobs;

    @EJB
    private RapportArchief archief;

    @EJB
    private ToezichtCijfersService cijfers;

    @EJB
    private NzaMeldingService meldingen;

    @EJB
    private RapportPlanner planner;

    @EJB
    private StreefnormBeheer streefnormen;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    // RULES W-01, O-01
    @Test
    @Order(1)
    void w01_o01_wachtlijstServiceRegistreertEnBeeindigtHetWachten() {
        long client = 800_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        LocalDate d = LocalDate.of(2026, 3, 2);
        LeveringsstatusMelding aw39 = new LeveringsstatusMelding(client, ZorgkantoorRegio.UTRECHT, Zorgprofiel.VV5,
                Leveringsstatus.WACHT_OP_VOORKEUR, "12", "73090001", d, Instant.now(), "AW39");
        wachtlijst.registreer(aw39);
        wachtlijst.registreer(aw39); // W-04: the same report again changes nothing
        assertTrue(wachtlijst.wachtOpOpname(client, d));
        assertFalse(wachtlijst.wachtOpOpname(client, d.minusDays(1)));

        wachtlijst.registreer(new LeveringsstatusMelding(client, ZorgkantoorRegio.UTRECHT, Zorgprofiel.VV5,
                Leveringsstatus.URGENT_PLAATSEN, "09", "73090001", d.plusDays(5), Instant.now(), "AW39"));
        wachtlijst.aanvangZorg(client, "73090001", d.plusDays(10));
        assertTrue(wachtlijst.wachtOpOpname(client, d.plusDays(9)));
        assertFalse(wachtlijst.wachtOpOpname(client, d.plusDays(10)), "AW35 beëindigt het wachten");

        long voorzorg = client + 1;
        wachtlijst.registreer(new LeveringsstatusMelding(voorzorg, ZorgkantoorRegio.UTRECHT, Zorgprofiel.VV4,
                Leveringsstatus.WACHT_UIT_VOORZORG, "19", null, d, Instant.now(), "beheerder"));
        assertFalse(wachtlijst.wachtOpOpname(voorzorg, d), "O-01: wacht uit voorzorg wacht niet op opname");
    }

    // RULES W-02, W-08
    @Test
    @Order(2)
    void w02_w08_herstartNaStoringMiddenInEenPartitieGeeftDeVerwachteCijfers() throws Exception {
        ToezichtFixture.laad(dataSource, P);
        Properties parameters = RapportParameters.van(P, false);
        parameters.setProperty(RapportParameters.STORING, ToezichtFixture.REGIO + ":WACHTTIJD_NORM");
        long eerste = jobs.startRapport(Rapportsoort.WACHTLIJST, parameters);
        assertEquals("FAILED", wacht(eerste).batchStatus());
        assertTrue(archief.rapporten(Rapportsoort.WACHTLIJST, P).isEmpty(), "niets gerenderd na de storing");

        long herstart = jobs.herstartRapport(eerste);
        assertEquals("COMPLETED", wacht(herstart).batchStatus());
        StapStatus regios = stap(herstart, "regios");
        // Only the failed partition ran again, from its checkpoint: the indicators from WACHTTIJD_NORM on.
        List<Indicator> indicatoren = Indicator.van(Rapportsoort.WACHTLIJST);
        assertEquals(indicatoren.size() - indicatoren.indexOf(Indicator.WACHTTIJD_NORM), regios.gelezen(),
                regios.toString());

        String tekst = pdfTekst(Rapportsoort.WACHTLIJST, ToezichtFixture.REGIO);
        assertTrue(tekst.contains("Wachtlijstrapportage"), tekst);
        assertTrue(tekst.contains("Zorgkantoorregio 5501 Groningen"), tekst);
        assertTrue(tekst.contains("Peildatum: 1-9-" + P.getYear()), tekst);
        bevat(tekst, "V&V - Urgent plaatsen 0 0 6 n.v.t. n.v.t.");
        bevat(tekst, "GHZ - Actief plaatsen 0 0 5 n.v.t. n.v.t.");
        bevat(tekst, "Totaal sectoren 0 <5 18 <5 <5");
        bevat(tekst, "Urgent plaatsen 6 5 10 1 50,0% <5");
        bevat(tekst, "Actief plaatsen 5 30 100 13 60,0% <5");
        bevat(tekst, "Wacht op voorkeur 7 50 200 26 71,4% 0");
        bevat(tekst, "Alle opnames 7 6 85,7% <5");
        bevat(tekst, "Wacht op voorkeur 7 <5 28,6%");
        bevat(tekst, "5GGZ-W 0 0 7 0 7");
        // RULES W-04 table B7: 25 voorkeursaanbieders by total, then the rest in one row (ToezichtFixture)
        bevat(tekst, "Wachtenden per voorkeursaanbieder");
        bevat(tekst, "AGB1 6 5 7 <5 19");
        bevat(tekst, "75010001 0 0 0 5 5");
        bevat(tekst, "75010024 0 0 0 <5 <5");
        bevat(tekst, "Overige aanbieders 0 0 0 6 6");
        assertFalse(tekst.contains("75010025"), "75010025 valt onder Overige aanbieders");
        bevat(tekst, "Definities van de indicatoren");
        assertFalse(BSN_ACHTIG.matcher(tekst).find(), "W-08: geen cliëntgegevens in het rapport");

        // national: the same figures as the service computes
        String landelijk = pdfTekst(Rapportsoort.WACHTLIJST, Cijfertabel.LANDELIJK);
        Cijfertabel t1 = cijfers.bereken(Indicator.WACHTENDEN_SECTOR_STATUS, Cijfertabel.LANDELIJK, P);
        bevat(landelijk, "Totaal sectoren " + String.join(" ", t1.rijen().get(t1.rijen().size() - 1).cellen()
                .stream().map(Cijfertabel.Cel::tekst).toList()));
        Cijfertabel b7 = cijfers.bereken(Indicator.WACHTENDEN_AANBIEDER, Cijfertabel.LANDELIJK, P);
        assertTrue(b7.rijen().size() <= 26, "hoogstens 25 aanbieders en Overige aanbieders: " + b7.rijen().size());
        bevat(landelijk, regel(b7.rijen().get(0)));
        ArchiefRapport nl = archief.rapporten(Rapportsoort.WACHTLIJST, P).stream()
                .filter(r -> r.regioCode().equals(Cijfertabel.LANDELIJK)).findFirst().orElseThrow();
        assertEquals(herstart, nl.jobExecutieId());
        assertEquals(64, nl.sha256().length());
    }

    // RULES W-06, W-07, O-02
    @Test
    @Order(3)
    void w06_w07_o02_zorgplichtrapportMetResultaatuitspraakEnMeldingsvoorstel() throws Exception {
        long executie = jobs.startRapport(Rapportsoort.ZORGPLICHT, P, false);
        assertEquals("COMPLETED", wacht(executie).batchStatus());
        String tekst = pdfTekst(Rapportsoort.ZORGPLICHT, ToezichtFixture.REGIO);
        assertTrue(tekst.contains("Zorgplichtrapportage"), tekst);
        bevat(tekst, "Tijdigheid Niet voldaan Urgent buiten norm: 50,0% van 6");
        bevat(tekst, "Keuzevrijheid Voldaan");
        bevat(tekst, "Passende zorg Onder druk");
        bevat(tekst, "Zorgplicht totaal Niet voldaan");
        bevat(tekst, "Cliënten met overbruggingszorg 5");
        bevat(tekst, "Gemiddelde duur (dagen) 62");
        bevat(tekst, "Langste duur (dagen) 100");
        bevat(tekst, "Langer dan de norm <5");
        bevat(tekst, "7VG 5 <5");
        bevat(tekst, "URGENT_BUITEN_NORM_PCT 50.00 20.00 VOORGESTELD");
        // the population table from the zorglevering of ToezichtFixture, one year earlier and on P (RULES W-02)
        bevat(tekst, "Cliënten in zorg per sector en leveringsvorm");
        bevat(tekst, "1-9-" + (P.getYear() - 1) + " 1-9-" + P.getYear() + " Mutatie " + P.getYear() + " t.o.v. "
                + (P.getYear() - 1));
        bevat(tekst, "V&V - Verblijf 5 7 +40%");
        bevat(tekst, "V&V - Vpt 0 6 n.v.t.");
        bevat(tekst, "Totaal V&V 5 13 +160%");
        bevat(tekst, "GHZ - Mpt <5 <5 <5");
        bevat(tekst, "Totaal GGZ 0 0 n.v.t.");
        bevat(tekst, "Totaal sectoren 6 14 +133%");
        bevat(tekst, "pgb staan niet in deze tabel");
        String landelijk = pdfTekst(Rapportsoort.ZORGPLICHT, Cijfertabel.LANDELIJK);
        Cijfertabel populatie = cijfers.bereken(Indicator.POPULATIE_LEVERINGSVORM, Cijfertabel.LANDELIJK, P);
        bevat(landelijk, regel(populatie.rijen().get(populatie.rijen().size() - 1)));

        NzaMelding voorstel = meldingen.openVoorstellen(ToezichtFixture.REGIO, 0, Pagina.MAXIMALE_GROOTTE).rijen().stream()
                .filter(m -> m.regioCode().equals(ToezichtFixture.REGIO) && m.peildatum().equals(P))
                .findFirst().orElseThrow();
        // the work queue's view: a count and server-side pages, oldest first
        long open = meldingen.aantalOpen(null);
        long openRegio = meldingen.aantalOpen(ToezichtFixture.REGIO);
        assertTrue(openRegio >= 1 && open >= openRegio, "open voorstellen: " + open + ", regio " + openRegio);
        assertEquals(open, meldingen.openVoorstellen(null, 0, 1).totaal());
        assertEquals(1, meldingen.openVoorstellen(null, 0, 1).rijen().size());
        var regiopagina = meldingen.openVoorstellen(ToezichtFixture.REGIO, 0, 200);
        assertEquals(openRegio, regiopagina.totaal());
        assertTrue(regiopagina.rijen().stream().allMatch(m -> m.regioCode().equals(ToezichtFixture.REGIO)));
        assertTrue(regiopagina.rijen().stream().anyMatch(m -> m.id() == voorstel.id()) || openRegio > 200);
        // dismissing needs a reason; a refused dismissal changes nothing
        OngeldigeWachtlijstMelding zonderReden = assertThrows(OngeldigeWachtlijstMelding.class,
                () -> meldingen.verwerp(voorstel.id(), "beheerder-it", "  "));
        assertTrue(zonderReden.getMessage().contains("reden"), zonderReden.getMessage());
        assertEquals(open, meldingen.aantalOpen(null));

        NzaMelding bevestigd = meldingen.bevestig(voorstel.id(), "beheerder-it");
        assertEquals("BEVESTIGD", bevestigd.status());
        assertEquals("beheerder-it", bevestigd.beoordeeldDoor());
        assertEquals(open - 1, meldingen.aantalOpen(null));
        assertEquals(openRegio - 1, meldingen.aantalOpen(ToezichtFixture.REGIO));
        assertThrows(OngeldigeWachtlijstMelding.class,
                () -> meldingen.verwerp(voorstel.id(), "beheerder-it", "al gemeld"), "al beoordeeld");
    }

    @Test
    @Order(4)
    void dubbeleStartWordtGeweigerdEnDeNachtplanningStaatOpTweeUur() throws Exception {
        RapportNietGestart klaar = assertThrows(RapportNietGestart.class,
                () -> jobs.startRapport(Rapportsoort.WACHTLIJST, P, false));
        assertTrue(klaar.getMessage().contains("is al gemaakt"), klaar.getMessage());

        LocalDate volgendJaar = P.plusYears(1);
        long loopt = jobs.startRapport(Rapportsoort.ZORGPLICHT, volgendJaar, false);
        RapportNietGestart bezig = assertThrows(RapportNietGestart.class,
                () -> jobs.startRapport(Rapportsoort.ZORGPLICHT, volgendJaar, true));
        assertTrue(bezig.getMessage().contains("loopt al"), bezig.getMessage());
        assertEquals("COMPLETED", wacht(loopt).batchStatus());

        long opnieuw = jobs.startRapport(Rapportsoort.WACHTLIJST, P, true);
        assertEquals("COMPLETED", wacht(opnieuw).batchStatus());
        assertEquals(2, archief.rapporten(Rapportsoort.WACHTLIJST, P).stream()
                .filter(r -> r.regioCode().equals(Cijfertabel.LANDELIJK)).count(), "geforceerd opnieuw gerenderd");

        ZonedDateTime volgende = planner.volgendeStart().orElseThrow();
        assertEquals(2, volgende.getHour());
        assertEquals(0, volgende.getMinute());
        assertEquals("Europe/Amsterdam", volgende.getZone().getId());
        List<String> uitkomst = planner.voerUit(P);
        assertEquals(2, uitkomst.size());
        assertTrue(uitkomst.stream().allMatch(u -> u.contains("niet gestart")), uitkomst.toString());
    }

    @Test
    @Order(5)
    @RunAsClient
    void deToezichthouderKrijgtEenMailMetLinkEnZonderClientgegevens() throws Exception {
        List<String> berichten = MailOntvanger.berichten(4, 60_000);
        // the restarted wachtlijst run, zorgplicht P, zorgplicht P+1 and the forced wachtlijst run
        assertEquals(4, berichten.size(), berichten.toString());
        for (String m : berichten) {
            assertTrue(m.startsWith("toezichthouder@nza.example | "), m);
            assertTrue(m.contains("staat klaar"), m);
            assertTrue(m.contains("/wlz/app/rapporten/archief.xhtml?rapport="), m);
            assertFalse(BSN_ACHTIG.matcher(m).find(), "W-08: geen cliëntgegevens in de mail: " + m);
        }
    }

    // RULES W-03: a new streefnorm version closes the one in force the day before; history is never rewritten.
    // Region 5533 has no fixture data; the test first removes what an earlier run (PostgreSQL keeps data) added.
    @Test
    @Order(6)
    void w03_eenNieuweStreefnormversieSluitDeVorigeAf() throws Exception {
        String regio = "5533";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("delete from toezicht.norm where regio_code = '" + regio + "' and soort = 'STREEFNORM'"
                    + " and id >= 100000");
            st.execute("update toezicht.norm set geldig_tot = null where regio_code = '" + regio + "'"
                    + " and soort = 'STREEFNORM'");
        }
        Streefnorm nieuw = streefnormen.legVast(regio, Leveringsstatus.URGENT_PLAATSEN, 2, P, "beheerder-it");
        assertEquals(2, nieuw.weken());
        List<Streefnorm> urgent = streefnormen.streefnormen(regio).stream()
                .filter(n -> n.status() == Leveringsstatus.URGENT_PLAATSEN).toList();
        assertEquals(2, urgent.size(), urgent.toString());
        assertEquals(P, urgent.get(0).geldigVan());
        assertNull(urgent.get(0).geldigTot());
        assertEquals(1, urgent.get(1).weken());
        assertEquals(P.minusDays(1), urgent.get(1).geldigTot());
        assertTrue(urgent.get(0).herkomst().contains("beheerder-it"), urgent.get(0).herkomst());

        OngeldigeWachtlijstMelding eerder = assertThrows(OngeldigeWachtlijstMelding.class,
                () -> streefnormen.legVast(regio, Leveringsstatus.URGENT_PLAATSEN, 3, P, "beheerder-it"));
        assertTrue(eerder.getMessage().contains("later ingaan"), eerder.getMessage());
        assertThrows(OngeldigeWachtlijstMelding.class,
                () -> streefnormen.legVast(regio, Leveringsstatus.IN_ZORG, 3, P.plusDays(1), "beheerder-it"));
        assertThrows(OngeldigeWachtlijstMelding.class,
                () -> streefnormen.legVast(regio, Leveringsstatus.ACTIEF_PLAATSEN, 0, P.plusDays(1), "beheerder-it"));
        assertEquals(2, streefnormen.streefnormen(regio).stream()
                .filter(n -> n.status() == Leveringsstatus.URGENT_PLAATSEN).count());
    }

    // ------------------------------------------------------------------------------------------------------------

    private JobStatus wacht(long executie) throws InterruptedException {
        JobStatus status = jobs.status(executie);
        for (int i = 0; i < 1200 && !status.isKlaar(); i++) {
            Thread.sleep(100);
            status = jobs.status(executie);
        }
        return status;
    }

    private StapStatus stap(long executie, String naam) {
        return jobs.stappen(executie).stream().filter(s -> s.stap().equals(naam)).findFirst().orElseThrow();
    }

    private String pdfTekst(Rapportsoort rapport, String regio) throws Exception {
        ArchiefRapport r = archief.rapporten(rapport, P).stream().filter(a -> a.regioCode().equals(regio))
                .findFirst().orElseThrow(() -> new AssertionError("geen " + rapport + " voor " + regio));
        try (PDDocument pdf = Loader.loadPDF(archief.inhoud(r.id()).orElseThrow())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("[ \\t]+", " ");
        }
    }

    private static String regel(Cijfertabel.Rij rij) {
        return rij.label() + " " + String.join(" ", rij.cellen().stream().map(Cijfertabel.Cel::tekst).toList());
    }

    private static void bevat(String tekst, String regel) {
        assertTrue(tekst.contains(regel), "ontbreekt: '" + regel + "' in\n" + tekst);
    }
}
