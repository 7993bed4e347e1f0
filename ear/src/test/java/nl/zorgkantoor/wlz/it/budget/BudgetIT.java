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
import java.math.BigDecimal;
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
import nl.zorgkantoor.wlz.budget.api.BudgetBerekening;
import nl.zorgkantoor.wlz.budget.api.BudgetTarieven;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.Doelmatigheidscontroles;
import nl.zorgkantoor.wlz.budget.api.PlafondView;
import nl.zorgkantoor.wlz.budget.api.Plafondvraag;
import nl.zorgkantoor.wlz.budget.api.SignaalView;
import nl.zorgkantoor.wlz.budget.api.Signaalrun;
import nl.zorgkantoor.wlz.budget.api.ToetsView;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.NieuweClient;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The budget context on the real server: tariff tables migrated from CSV, the calculations and the signals. */
@ExtendWith(ArquillianExtension.class)
class BudgetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(BudgetIT.class, Budgetgegevens.class);
    }

    @EJB
    private BudgetTarieven tarieven;

    @EJB
    private BudgetBerekening berekening;

    @EJB
    private Doelmatigheidscontroles controles;

    @EJB
    private ClientService clienten;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    // RULES B-03
    @Test
    void b03_deTarieftabellenZijnUitDeCsvBestandenGemigreerd() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from budget.profieltarief where versie = 1")) {
            rs.next();
            assertEquals(12 * Zorgprofiel.values().length, rs.getInt(1));
        }
    }

    // RULES P-04, B-01
    @Test
    void p04_b01_budgetTarievenVoorDeRegelingen() {
        // RULES P-04: seed 000 L682-683 and seed 002 L170-172
        assertEquals(Bedrag.euro(219_000), tarieven.pabMaximum(LocalDate.of(2016, 3, 1)));
        assertEquals(Bedrag.euro(239_110), tarieven.pabMaximum(LocalDate.of(2019, 3, 1)));
        assertEquals(0, new BigDecimal("25").compareTo(tarieven.ektPercentage(LocalDate.of(2024, 1, 1))));
        // RULES B-01: VV5 2024 vpt excl. behandeling 180.00 × 366 days
        assertEquals(Bedrag.euro("65880.00"),
                tarieven.jaarbudgetZonderToeslagen(Zorgprofiel.VV5, Leveringsvorm.PGB, LocalDate.of(2024, 7, 1)));
        assertEquals(Bedrag.euro("65880.00"),
                tarieven.jaarbudgetZonderToeslagen(Zorgprofiel.VV5, Leveringsvorm.MPT, LocalDate.of(2024, 7, 1)));
    }

    // RULES B-02, E-02
    @Test
    void b02_e02_hetPlafondViaDeApplicatieservice() {
        // VG5 2024 mpt: plafond 175.00 × 366 = 64,050.00 + dagbesteding 30.00 × 366 = 10,980.00 + ekt 25% of 64,050
        PlafondView plafond = berekening.plafond(new Plafondvraag(Zorgprofiel.VG5, LocalDate.of(2024, 3, 1), 0, null,
                false, List.of("DAGBESTEDING_VG5_VG8", "EPILEPSIE"), null, new Plafondvraag.Ekt(null, "GEEN", false),
                null, null, false, null));
        assertEquals(Bedrag.euro("91042.50"), plafond.totaal());
        assertEquals(List.of("B-01", "B-02", "E-02"), plafond.regels().stream().map(PlafondView.Toelichting::regel).toList());
        assertEquals("B-02", plafond.meldingen().get(0).regel());
    }

    // RULES L-03
    @Test
    void l03_deToetsWeigertEenPgbVoor5ggzW() {
        ToetsView toets = berekening.doelmatigheidstoets(new Plafondvraag(Zorgprofiel.GGZ5W, LocalDate.of(2024, 3, 1),
                100, "advies", false, List.of(), null, null, null, null, false,
                new Plafondvraag.Thuiskosten(Bedrag.euro(40_000), List.of())));
        assertEquals("GEWEIGERD", toets.uitkomst());
        assertEquals("L-03", toets.beslissendeRegel());
    }

    // RULES E-02
    @Test
    @RunAsClient
    void e02_restPlafondVoorVv5MetMptEnEkt() {
        HttpResponse<String> antwoord = post("/wlz/api/budget/plafond", """
                {"zorgprofiel":"5VV","peildatum":"2024-03-01","leveringsvorm":"mpt","regelset":"advies",
                 "ekt":{"doelgroep":"GEEN"}}""");
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.body().contains("\"totaal\":82350.00"), antwoord.body());
        assertTrue(antwoord.body().contains("\"regel\":\"E-02\""), antwoord.body());
        assertTrue(antwoord.body().contains("\"bedrag\":16470.00"), antwoord.body());
    }

    // RULES B-01
    @Test
    @RunAsClient
    void b01_restDoelmatigheidstoetsEnFouten() {
        HttpResponse<String> toets = post("/wlz/api/budget/doelmatigheidstoets", """
                {"zorgprofiel":"VV5","peildatum":"2024-03-01","leveringsvorm":"pgb",
                 "kostenThuis":{"pgbPerJaar":100000}}""");
        assertEquals(200, toets.statusCode(), toets.body());
        assertTrue(toets.body().contains("\"uitkomst\":\"ONDOELMATIG\""), toets.body());
        assertTrue(toets.body().contains("\"marge\":-34120.00"), toets.body());
        assertTrue(toets.body().contains("\"regel\":\"L-04\""), toets.body());

        HttpResponse<String> geweigerd = post("/wlz/api/budget/plafond",
                "{\"zorgprofiel\":\"5GGZ-W\",\"peildatum\":\"2024-03-01\",\"leveringsvorm\":\"pgb\"}");
        assertEquals(422, geweigerd.statusCode(), geweigerd.body());
        assertTrue(geweigerd.body().contains("\"regel\":\"L-03\""), geweigerd.body());

        HttpResponse<String> fout = post("/wlz/api/budget/plafond",
                "{\"zorgprofiel\":\"5VV\",\"peildatum\":\"1 maart\",\"leveringsvorm\":\"pgb\"}");
        assertEquals(400, fout.statusCode(), fout.body());
        assertTrue(fout.body().contains("geen datum"), fout.body());
        assertTrue(!fout.body().contains("Exception"), fout.body());

        HttpResponse<String> geenTarief = post("/wlz/api/budget/plafond",
                "{\"zorgprofiel\":\"5VV\",\"peildatum\":\"2040-03-01\",\"leveringsvorm\":\"pgb\"}");
        assertEquals(400, geenTarief.statusCode(), geenTarief.body());
        assertTrue(geenTarief.body().contains("Geen tarieftabel voor 2040"), geenTarief.body());
    }

    @Test
    @RunAsClient
    void deBudgetApiVraagtEenIngelogdeGebruiker() {
        HttpResponse<String> anoniem = ItOmgeving.post(ItOmgeving.http("/wlz/api/budget/plafond"), "application/json",
                "{\"zorgprofiel\":\"5VV\",\"peildatum\":\"2024-03-01\",\"leveringsvorm\":\"pgb\"}");
        // without credentials the server answers with its login (401, a redirect or the login form), never a ceiling
        assertTrue(anoniem.statusCode() == 401 || anoniem.statusCode() == 302 || anoniem.body().contains("<html"),
                anoniem.statusCode() + " " + anoniem.body());
        assertTrue(!anoniem.body().contains("\"totaal\""), anoniem.body());
    }

    /** With a demo user's Basic credentials, so the test keeps passing once /api/* requires a login. */
    private static HttpResponse<String> post(String pad, String json) {
        String inlog = Base64.getEncoder().encodeToString("beoordelaar.utrecht:WlzDemo2026!"
                .getBytes(StandardCharsets.UTF_8));
        return ItOmgeving.verstuur(HttpRequest.newBuilder(ItOmgeving.http(pad)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + inlog)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    // RULES B-01, L-03, T-02, B-02, E-05, P-01, M-05
    @Test
    void b01_l03_t02_b02_e05_p01_m05_signalenGevondenOpgeslagenGededupliceerdEnGesloten() throws Exception {
        // One client of our own in region 5509 with 5GGZ-W, a pgb above the ceiling, the toeslag dagbesteding
        // vg5/vg8 (profile condition fails), the instellingsgebonden toeslag epilepsie, and — as rows behind the
        // regelingen context's published view — ekt with meerzorg and a pab (E-05), a pab for 5GGZ-W (P-01) and a
        // meerzorg that ended in 2025 but is still TOEGEKEND (M-05): every check fires.
        LocalDate peildatum = LocalDate.of(2026, 6, 1);
        long uniek = 900_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        ClientView client = clienten.registreer(new NieuweClient(Bsn.of(TestBsn.uniek('1')), "Signaal", "Test", 'V',
                LocalDate.of(1970, 1, 1), ZorgkantoorRegio.UTRECHT));
        try (Connection c = dataSource.getConnection()) {
            indicatiebesluit(c, uniek, client.id(), "GGZ5W");
            toekenning(c, uniek, client.id(), "PGB", null, "200000.00", "2026-01-01", null);
            toeslag(c, client.id(), "DAGBESTEDING_VG5_VG8");
            toeslag(c, client.id(), "EPILEPSIE");
            regeling(c, uniek + 1, client.id(), "EKT", "2026-01-01", "2026-12-31");
            regeling(c, uniek + 2, client.id(), "MEERZORG", "2026-01-01", "2026-12-31");
            regeling(c, uniek + 3, client.id(), "PAB", "2026-01-01", "2026-12-31");
            regeling(c, uniek + 4, client.id(), "MEERZORG", "2025-01-01", "2025-12-31");
        }

        Signaalrun eerste = controles.draai("5509", peildatum);
        assertTrue(eerste.totaalNieuw() >= 8, eerste.toString());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select soort, regel, regio_code from budget.signaal where client_id = "
                     + client.id() + " order by soort")) {
            List<String> gevonden = new ArrayList<>();
            while (rs.next()) {
                gevonden.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            assertEquals(List.of("BOVEN_PLAFOND B-01 5509", "EKT_MET_MEERZORG_OF_PAB E-05 5509",
                    "EKT_MET_MEERZORG_OF_PAB E-05 5509", "INSTELLINGSGEBONDEN_TOESLAG_THUIS B-02 5509",
                    "MEERZORG_VERLOPEN_BETAALD M-05 5509", "PAB_ZONDER_RECHT P-01 5509", "PGB_BIJ_5GGZW L-03 5509",
                    "TOESLAG_ZONDER_VOORWAARDE T-02 5509"), gevonden);
        }

        // found again: stored once
        assertEquals(0, controles.draai("5509", peildatum).totaalNieuw());

        SignaalView.Sleutel sleutel = new SignaalView.Sleutel("PGB_BIJ_5GGZW", client.id(), "toekenning " + uniek);
        BudgetvraagOngeldig zonderReden = assertThrows(BudgetvraagOngeldig.class, () -> controles.sluit(sleutel, " "));
        assertTrue(zonderReden.getMessage().contains("reden"), zonderReden.getMessage());
        controles.sluit(sleutel, "Omgezet naar zorg in natura (mpt)");
        assertThrows(BudgetvraagOngeldig.class, () -> controles.sluit(sleutel, "nogmaals"));
        List<SignaalView> open = controles.open("5509", 0, 500);
        assertTrue(open.stream().noneMatch(s -> s.sleutel().equals(sleutel)), "gesloten signaal staat nog open");
        // a closed signal is not raised again
        assertEquals(0, controles.draai("5509", peildatum).totaalNieuw());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select reden_sluiting, gesloten_op from budget.signaal where soort ="
                     + " 'PGB_BIJ_5GGZW' and client_id = " + client.id())) {
            assertTrue(rs.next());
            assertEquals("Omgezet naar zorg in natura (mpt)", rs.getString(1));
            assertTrue(rs.getTimestamp(2) != null);
        }
    }

    @Test
    void deDemodataGeeftSignalenInEenRegio() throws Exception {
        controles.draai("5515", LocalDate.of(2026, 6, 1));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from budget.signaal where regio_code = '5515'"
                     + " and soort = 'BOVEN_PLAFOND'")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "geen signaal boven plafond in de demodata van 5515");
        }
    }

}
