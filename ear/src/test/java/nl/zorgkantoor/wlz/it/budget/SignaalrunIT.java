package nl.zorgkantoor.wlz.it.budget;

import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.indicatiebesluit;
import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.regeling;
import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.toekenning;
import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.toeslag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.Doelmatigheidscontroles;
import nl.zorgkantoor.wlz.budget.api.SignaalView;
import nl.zorgkantoor.wlz.budget.api.SignaalrunVoortgang;
import nl.zorgkantoor.wlz.budget.api.Signaalruns;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.NieuweClient;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signal run as the partitioned Jakarta Batch job (issue 5): the checks of L-02 (pgb and zorg in natura for the
 * same function and period), P-02 (pab under 18) and T-03 (youth toeslag past 23) on a known fixture, raised once,
 * not again on a second run, closed with a reason; progress per region while it runs.
 */
@ExtendWith(ArquillianExtension.class)
class SignaalrunIT {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 6, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(SignaalrunIT.class, Budgetgegevens.class);
    }

    @EJB
    private Signaalruns runs;

    @EJB
    private Doelmatigheidscontroles controles;

    @EJB
    private ClientService clienten;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    // RULES L-02, P-02, T-03 (and B-02 for the instellingsgebonden youth toeslag at home)
    @Test
    void l02_p02_t03_deBatchjobPerRegioVindtSignalenEenmaalEnSluitenMetReden() throws Exception {
        long uniek = 800_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        // Adult LG6 client: a pgb and an mpt for begeleiding that overlap (L-02), an mpt for verpleging that overlaps
        // the pgb but for another function (no signal), and the youth toeslag at 56 (T-03).
        ClientView volwassen = clienten.registreer(new NieuweClient(Bsn.of(TestBsn.uniek('2')), "Overlap", "Test", 'V',
                LocalDate.of(1970, 1, 1), ZorgkantoorRegio.UTRECHT));
        // LG6 client of 14 with a pab (P-02; the profile is right, so no P-01) and the youth toeslag (age is right).
        ClientView kind = clienten.registreer(new NieuweClient(Bsn.of(TestBsn.uniek('2')), "Pab", "Kind", 'M',
                LocalDate.of(2012, 3, 1), ZorgkantoorRegio.UTRECHT));
        try (Connection c = dataSource.getConnection()) {
            indicatiebesluit(c, uniek, volwassen.id(), "LG6");
            indicatiebesluit(c, uniek + 1, kind.id(), "LG6");
            toekenning(c, uniek, volwassen.id(), "PGB", "BEGELEIDING", "10000.00", "2026-01-01", null);
            toekenning(c, uniek + 1, volwassen.id(), "MPT", "BEGELEIDING", "10000.00", "2026-03-01", "2026-12-31");
            toekenning(c, uniek + 2, volwassen.id(), "MPT", "VERPLEGING", "10000.00", "2026-01-01", null);
            toekenning(c, uniek + 3, kind.id(), "PGB", null, "10000.00", "2026-01-01", null);
            toeslag(c, volwassen.id(), "JEUGD_ONDER_23");
            toeslag(c, kind.id(), "JEUGD_ONDER_23");
            regeling(c, uniek + 10, kind.id(), "PAB", "2026-01-01", "2026-12-31");
        }

        SignaalrunVoortgang eerste = wachtOp(runs.start(PEILDATUM, List.of("5509")));
        assertEquals("COMPLETED", eerste.status(), eerste.toString());
        assertEquals(1, eerste.regios().size(), eerste.toString());
        SignaalrunVoortgang.Regio utrecht = eerste.regios().get(0);
        assertEquals("5509", utrecht.regioCode());
        assertEquals("KLAAR", utrecht.status());
        assertTrue(utrecht.nieuw() >= 5 && utrecht.duurMs() != null, eerste.toString());

        assertEquals(List.of("INSTELLINGSGEBONDEN_TOESLAG_THUIS B-02 toeslag JEUGD_ONDER_23 2026",
                "PGB_EN_ZIN_OVERLAP L-02 pgb " + uniek + " met mpt " + (uniek + 1),
                "TOESLAG_BUITEN_LEEFTIJD T-03 toeslag JEUGD_ONDER_23 2026"), signalen(volwassen.id()));
        assertEquals(List.of("INSTELLINGSGEBONDEN_TOESLAG_THUIS B-02 toeslag JEUGD_ONDER_23 2026",
                "PAB_ONDER_18 P-02 pab " + (uniek + 10)), signalen(kind.id()));

        // a second run finds the same and stores nothing new
        SignaalrunVoortgang tweede = wachtOp(runs.start(PEILDATUM, List.of("5509")));
        assertEquals("COMPLETED", tweede.status(), tweede.toString());
        assertEquals(0, tweede.nieuw(), tweede.toString());
        assertEquals(tweede.executieId(), runs.laatste(List.of("5509")).orElseThrow());

        // the work queue's count + page; closing needs a reason and takes the signal out of the open ones
        long openVoor = controles.aantalOpen("5509");
        SignaalView.Sleutel overlap = new SignaalView.Sleutel("PGB_EN_ZIN_OVERLAP", volwassen.id(),
                "pgb " + uniek + " met mpt " + (uniek + 1));
        assertThrows(BudgetvraagOngeldig.class, () -> controles.sluit(overlap, ""));
        controles.sluit(overlap, "Mpt begeleiding beëindigd; pgb blijft");
        assertEquals(openVoor - 1, controles.aantalOpen("5509"));
        assertEquals(0, controles.draai("5509", PEILDATUM).totaalNieuw());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select reden_sluiting from budget.signaal where soort ="
                     + " 'PGB_EN_ZIN_OVERLAP' and client_id = " + volwassen.id())) {
            assertTrue(rs.next());
            assertEquals("Mpt begeleiding beëindigd; pgb blijft", rs.getString(1));
        }
    }

    @Test
    void eenOnbekendeRegioOfGeenRegioStartNiets() {
        BudgetvraagOngeldig onbekend = assertThrows(BudgetvraagOngeldig.class,
                () -> runs.start(PEILDATUM, List.of("9999")));
        assertTrue(onbekend.getMessage().contains("9999"), onbekend.getMessage());
        assertThrows(BudgetvraagOngeldig.class, () -> runs.start(PEILDATUM, List.of()));
        assertThrows(BudgetvraagOngeldig.class, () -> runs.voortgang(987_654_321L, null));
    }

    // the REST face: the regions come from the login, never from the request
    @Test
    @RunAsClient
    void deRestApiStartVoorDeEigenRegioEnWeigertWieGeenRunMagStarten() throws Exception {
        HttpResponse<String> gestart = vraag("medewerker.rotterdam", "POST",
                "/wlz/api/budget/signaalruns?peildatum=2026-05-01&regio=5509");
        assertEquals(202, gestart.statusCode(), gestart.body());
        String run = gestart.body().replaceAll(".*\"run\":(\\d+).*", "$1");
        HttpResponse<String> voortgang = vraag("medewerker.rotterdam", "GET", "/wlz/api/budget/signaalruns/" + run);
        long tot = System.currentTimeMillis() + 120_000;
        while (!voortgang.body().contains("COMPLETED") && System.currentTimeMillis() < tot) {
            Thread.sleep(250);
            voortgang = vraag("medewerker.rotterdam", "GET", "/wlz/api/budget/signaalruns/" + run);
        }
        assertTrue(voortgang.body().contains("\"status\":\"COMPLETED\""), voortgang.body());
        // only the own region 5521, whatever the request said
        assertTrue(voortgang.body().contains("\"regio\":\"5521\"") && !voortgang.body().contains("5509"),
                voortgang.body());
        assertEquals(403, vraag("toezichthouder", "POST", "/wlz/api/budget/signaalruns?peildatum=2026-05-01")
                .statusCode());
        HttpResponse<String> zonderDatum = vraag("beoordelaar.utrecht", "POST", "/wlz/api/budget/signaalruns");
        assertEquals(400, zonderDatum.statusCode());
        assertTrue(zonderDatum.body().contains("peildatum"), zonderDatum.body());
    }

    private static HttpResponse<String> vraag(String gebruiker, String methode, String pad) {
        String inlog = Base64.getEncoder().encodeToString((gebruiker + ":WlzDemo2026!")
                .getBytes(StandardCharsets.UTF_8));
        return ItOmgeving.verstuur(HttpRequest.newBuilder(ItOmgeving.http(pad)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + inlog)
                .method(methode, HttpRequest.BodyPublishers.noBody()).build());
    }

    private SignaalrunVoortgang wachtOp(long executie) throws InterruptedException {
        long tot = System.currentTimeMillis() + 180_000;
        SignaalrunVoortgang v = runs.voortgang(executie, null);
        while (!v.afgelopen() && System.currentTimeMillis() < tot) {
            Thread.sleep(250);
            v = runs.voortgang(executie, null);
        }
        return v;
    }

    private List<String> signalen(long clientId) throws Exception {
        List<String> gevonden = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select soort, regel, sleutel from budget.signaal where client_id = "
                     + clientId + " order by soort, sleutel")) {
            while (rs.next()) {
                gevonden.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return gevonden;
    }

}
