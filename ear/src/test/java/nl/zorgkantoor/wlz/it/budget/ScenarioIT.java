package nl.zorgkantoor.wlz.it.budget;

import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.indicatiebesluit;
import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.toekenning;
import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.toeslag;
import static nl.zorgkantoor.wlz.it.budget.Budgetgegevens.voerUit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.ScenarioView;
import nl.zorgkantoor.wlz.budget.api.Scenariosimulator;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.NieuweClient;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scenario simulator (RULES B-07) on the real server: a region without demo data (Zuid-Limburg, 5531) gets three
 * clients whose ceilings are computed by hand from the 2026 tariff rows (see ScenariosimulatieTest):
 * VV5 € 69.700,40; VG5 € 67.765,90 (+ dagbesteding € 11.617,95 under advies); LG6 € 75.511,20 (epilepsie never).
 */
@ExtendWith(ArquillianExtension.class)
class ScenarioIT {

    private static final String REGIO = "5531";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ScenarioIT.class, Budgetgegevens.class);
    }

    @EJB
    private Scenariosimulator simulator;

    @EJB
    private ClientService clienten;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    // RULES B-07, B-01, B-02, L-02
    @Test
    void b07_deRegioOnderHuidigEnAdviesMetHetGatTegenHetKader() throws Exception {
        long uniek = 700_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        try (Connection c = dataSource.getConnection()) {
            // the PostgreSQL test database lives on between runs: start the region's population afresh
            voerUit(c, "delete from budget.toegekende_toeslag where client_id in (select id from indicatie.client"
                    + " where regio_code = '" + REGIO + "')");
            voerUit(c, "delete from budget.budgettoekenning where client_id in (select id from indicatie.client"
                    + " where regio_code = '" + REGIO + "')");
            long vv5 = client(c, uniek, "VV5", 1950);
            long vg5 = client(c, uniek + 1, "VG5", 1990);
            long lg6 = client(c, uniek + 2, "LG6", 1980);
            toekenning(c, uniek, vv5, "PGB", null, "60000.00", "2026-01-01", null);
            // one budget split 40% pgb / 60% mpt (RULES L-02): costs 30,000 + 45,000
            toekenning(c, uniek + 1, vg5, "PGB", null, "30000.00", "2026-01-01", null);
            toekenning(c, uniek + 2, vg5, "MPT", null, "45000.00", "2026-01-01", null);
            toekenning(c, uniek + 3, lg6, "PGB", null, "80000.00", "2026-01-01", null);
            toeslag(c, vg5, "DAGBESTEDING_VG5_VG8");
            toeslag(c, lg6, "EPILEPSIE");
        }

        ScenarioView r = simulator.simuleer(REGIO, LocalDate.of(2026, 7, 1), null);
        assertEquals(3, r.aantal(), r.toString());
        assertEquals(21_297_750, r.totaalHuidig());
        assertEquals(22_459_545, r.totaalAdvies());
        assertEquals(1_161_795, r.verschil());
        assertEquals(1, r.winnaars());
        assertEquals(1_161_795, r.winstMaximum());
        assertEquals(2, r.ondoelmatigHuidig());
        assertEquals(1, r.ondoelmatigAdvies());
        assertEquals(r.totaalHuidig(), r.kader());
        assertEquals(1_161_795, r.gatBudgetneutraliteit());
        assertEquals(List.of(new ScenarioView.Groep("VV", 1, 6_970_040, 6_970_040, 0, 0, 0),
                new ScenarioView.Groep("GHZ", 2, 14_327_710, 15_489_505, 1, 2, 1)), r.perSector());
        assertEquals(List.of("5VV", "5VG", "6LG"), r.perProfiel().stream().map(ScenarioView.Groep::naam).toList());
        String csv = new String(r.csv(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("totaal;5531;3;212977,50;224595,45;11617,95;1;2;1"), csv);
        assertTrue(new String(r.pdf(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));

        // a budgettair kader of € 220.000: the advice is € 4.595,45 above it
        assertEquals(459_545, simulator.simuleer(REGIO, LocalDate.of(2026, 7, 1), new BigDecimal("220000.00"))
                .gatBudgetneutraliteit());

        // the country holds the region
        ScenarioView land = simulator.simuleer(null, LocalDate.of(2026, 7, 1), null);
        assertEquals("landelijk", land.gebied());
        assertTrue(land.aantal() >= 3 && land.totaalAdvies() >= land.totaalHuidig(), land.toString());
    }

    @Test
    void b07_fouteInvoerGeeftEenNederlandseMelding() {
        BudgetvraagOngeldig regio = assertThrows(BudgetvraagOngeldig.class,
                () -> simulator.simuleer("9999", LocalDate.of(2026, 7, 1), null));
        assertTrue(regio.getMessage().contains("Onbekende zorgkantoorregio"), regio.getMessage());
        BudgetvraagOngeldig kader = assertThrows(BudgetvraagOngeldig.class,
                () -> simulator.simuleer(REGIO, LocalDate.of(2026, 7, 1), new BigDecimal("-1")));
        assertTrue(kader.getMessage().contains("kader"), kader.getMessage());
        BudgetvraagOngeldig jaar = assertThrows(BudgetvraagOngeldig.class,
                () -> simulator.simuleer(REGIO, LocalDate.of(2040, 1, 1), null));
        assertTrue(jaar.getMessage().contains("2040"), jaar.getMessage());
    }

    private long client(Connection c, long besluit, String profiel, int geboortejaar) throws Exception {
        ClientView client = clienten.registreer(new NieuweClient(Bsn.of(TestBsn.uniek('3')), "Scenario", profiel, 'V',
                LocalDate.of(geboortejaar, 5, 1), ZorgkantoorRegio.ZUID_LIMBURG));
        indicatiebesluit(c, besluit, client.id(), profiel);
        return client.id();
    }

}
