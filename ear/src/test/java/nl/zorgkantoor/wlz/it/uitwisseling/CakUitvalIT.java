package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.Retourcodes;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4 "Out" and issue 9: every processed AW35 tells the CAK (CA317) through the outbox; while the CAK is down
 * nothing is lost, and once it is back each of many messages is delivered exactly once and its CA318 processed.
 */
@ExtendWith(ArquillianExtension.class)
class CakUitvalIT {

    private static final int AANTAL = 50;
    private static final LocalDate INGANG = LocalDate.of(2025, 3, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CakUitvalIT.class, TestPartner.class, TestCak.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @Test
    void vijftigCa317WordenNaUitvalVanHetCakElkPreciesEenKeerAfgeleverd() throws Exception {
        System.setProperty("wlz.uitwisseling.backoff.seconden", "1");
        System.setProperty("wlz.partner.CAK.url", "http://localhost:1/cak-ligt-plat");
        try {
            long voor = maxId();
            for (int i = 0; i < AANTAL; i++) {
                String bsn = TestBsn.uniek('1');
                assertTrue(soap("/uitwisseling/CizService", Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG))
                        .contains(">0200<"));
                String aw36 = soap("/uitwisseling/ZorgaanbiederService",
                        Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, INGANG.plusDays(10), "1"));
                assertTrue(Retourcodes.alleGoed(aw36), aw36);
            }
            // the CAK is down: every CA317 waits in the outbox after at least one failed attempt
            Map<String, String[]> rijen = wacht(voor, r -> "TE_VERZENDEN".equals(r[0]) && Integer.parseInt(r[1]) >= 1);
            assertEquals(AANTAL, rijen.size(), "één CA317 per AW35: " + rijen.keySet());
            rijen.values().forEach(r -> assertTrue(r[2].startsWith("Niet bereikbaar"), r[2]));

            System.setProperty("wlz.partner.CAK.url", ItOmgeving.http("/test/testcak").toString());
            rijen = wacht(voor, r -> "AFGELEVERD".equals(r[0]));
            assertEquals(AANTAL, rijen.size());
            for (Map.Entry<String, String[]> e : rijen.entrySet()) {
                assertEquals("AFGELEVERD", e.getValue()[0], e.getKey());
                var ontvangen = TestCak.ONTVANGEN.get(e.getKey());
                assertEquals(1, ontvangen == null ? 0 : ontvangen.get(), "CA317 " + e.getKey() + " precies één keer");
                assertEquals("0200,0200", e.getValue()[3], "CA318 verwerkt: Client en GeleverdeZorg 0200");
            }
            assertEquals(AANTAL, telLogregels(voor), "elk afgeleverd bericht één keer in het berichtenlog");
        } finally {
            System.clearProperty("wlz.uitwisseling.backoff.seconden");
            System.clearProperty("wlz.partner.CAK.url");
        }
    }

    /** CA317 rows newer than {@code voor}: identificatie → status, pogingen, laatste fout, retourcodes. */
    private Map<String, String[]> wacht(long voor, java.util.function.Predicate<String[]> klaar) throws Exception {
        Map<String, String[]> rijen = Map.of();
        for (int i = 0; i < 240; i++) {
            rijen = rijen(voor);
            if (rijen.size() == AANTAL && rijen.values().stream().allMatch(klaar)) {
                return rijen;
            }
            Thread.sleep(500);
        }
        return rijen;
    }

    private Map<String, String[]> rijen(long voor) throws Exception {
        Map<String, String[]> rijen = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select identificatie, status, pogingen, laatste_fout, retour_codes from uitwisseling.uitgaand_bericht"
                        + " where berichtsoort = 'CA317' and id > ?")) {
            st.setLong(1, voor);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rijen.put(rs.getString(1), new String[] {rs.getString(2), String.valueOf(rs.getInt(3)),
                            String.valueOf(rs.getString(4)), rs.getString(5)});
                }
            }
        }
        return rijen;
    }

    private long maxId() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select coalesce(max(id), 0) from uitwisseling.uitgaand_bericht"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long telLogregels(long voor) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from uitwisseling.bericht where berichtsoort = 'CA317' and richting = 'UIT'"
                        + " and uitgaand_id > ?")) {
            st.setLong(1, voor);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String soap(String pad, String bericht) {
        HttpResponse<String> antwoord = ItOmgeving.soap(pad, Voorbeeldberichten.envelop(bericht));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    private static String id() {
        return "CK" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

}
