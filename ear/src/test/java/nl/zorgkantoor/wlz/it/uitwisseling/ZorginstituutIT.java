package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4 "Out": the uitvoeringsgegevens (AW317) of a period go to the Zorginstituut through the outbox, built per
 * region from the waiting list and the indicatiebesluiten; the AW318 is processed; a period goes once; the on-demand
 * trigger refuses an open period (CS003, TR091) and anyone but a beheerder. A period in 2019 keeps the test's client
 * apart from the demo population and the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class ZorginstituutIT {

    private static final LocalDate INGANG = LocalDate.of(2019, 1, 2);
    private static final LocalDate WACHT_VANAF = LocalDate.of(2019, 2, 11);
    private static final LocalDate IN_ZORG = LocalDate.of(2019, 3, 5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ZorginstituutIT.class, TestPartner.class, TestCak.class, TestZorginstituut.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @Test
    void deWachtstatussenVanEenPeriodeGaanAlsAw317NaarHetZorginstituutEnDeAw318WordtVerwerkt() throws Exception {
        System.setProperty("wlz.uitwisseling.backoff.seconden", "1");
        System.setProperty("wlz.partner.ZIN.url", ItOmgeving.http("/test/testzin").toString());
        try {
            String bsn = TestBsn.uniek('3');
            assertTrue(soap("/uitwisseling/CizService", Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG))
                    .contains(">0200<"));
            // actief plaatsen (7) from 11 February, in zorg (4) from 5 March
            assertTrue(soap("/uitwisseling/ZorgaanbiederService", Voorbeeldberichten.aw39(id(), bsn, 1, "754",
                    INGANG, WACHT_VANAF, "1")).contains(">0200<"));
            assertTrue(soap("/uitwisseling/ZorgaanbiederService", Voorbeeldberichten.aw35(id(), bsn, 1, "754",
                    INGANG, IN_ZORG, "1")).contains(">0200<"));
            long voor = maxId();

            HttpResponse<String> maart = verstuur("beheerder", "2019-03-01", "2019-03-31");
            assertEquals(202, maart.statusCode(), maart.body());
            assertTrue(maart.body().contains("\"regio\":\"5509\""), maart.body());

            String[] aw317 = wachtOpAfgeleverd(voor, bsn);
            String xml = aw317[2];
            assertTrue(xml.contains("<aw317:Afzender>5509</aw317:Afzender><aw317:Periode><iwlz:Begindatum>2019-03-01<"
                    + "/iwlz:Begindatum><iwlz:Einddatum>2019-03-31</iwlz:Einddatum></aw317:Periode>"), xml);
            String client = xml.substring(xml.indexOf("<aw317:Bsn>" + bsn));
            client = client.substring(0, client.indexOf("</aw317:Client>"));
            assertTrue(client.contains("<aw317:ZzpCode>754</aw317:ZzpCode>"), client);
            assertTrue(client.contains("<aw317:IngangsdatumStatus>" + WACHT_VANAF + "</aw317:IngangsdatumStatus>"
                    + "<aw317:Leveringsstatus>7</aw317:Leveringsstatus><aw317:LeveringsstatusClassificatie>12<"), client);
            assertTrue(client.contains("<aw317:IngangsdatumStatus>" + IN_ZORG + "</aw317:IngangsdatumStatus>"
                    + "<aw317:Leveringsstatus>4</aw317:Leveringsstatus>"), "de plaatsing in de periode: " + client);
            assertTrue(aw317[1].matches("0200(,0200)*"), "AW318 verwerkt, alle klassen 0200: " + aw317[1]);

            // the client waited in February too, but did not wait any more in April: not in April's message
            HttpResponse<String> april = verstuur("beheerder", "2019-04-01", "2019-04-30");
            assertEquals(202, april.statusCode(), april.body());
            assertTrue(outboxMetBsn(voor, bsn) == 1, "april noemt de cliënt niet (in zorg sinds maart)");

            HttpResponse<String> nogmaals = verstuur("beheerder", "2019-03-01", "2019-03-31");
            assertEquals(202, nogmaals.statusCode());
            assertTrue(nogmaals.body().contains("al verstuurd"), nogmaals.body());
            assertEquals(1, outboxMetBsn(voor, bsn), "een periode gaat één keer");
        } finally {
            System.clearProperty("wlz.uitwisseling.backoff.seconden");
            System.clearProperty("wlz.partner.ZIN.url");
        }
    }

    @Test
    void eenOpenPeriodeOfEenAndereRolWordtGeweigerd() {
        LocalDate vandaag = LocalDate.now();
        HttpResponse<String> open = verstuur("beheerder", vandaag.minusDays(30).toString(),
                vandaag.minusDays(3).toString());
        assertEquals(400, open.statusCode());
        assertTrue(open.body().contains("TR091"), open.body());
        HttpResponse<String> omgekeerd = verstuur("beheerder", "2019-05-31", "2019-05-01");
        assertEquals(400, omgekeerd.statusCode());
        assertTrue(omgekeerd.body().contains("CS003"), omgekeerd.body());
        assertEquals(400, verstuur("beheerder", "mei", "2019-05-31").statusCode());
        for (String gebruiker : new String[] {"medewerker.utrecht", "toezichthouder"}) {
            HttpResponse<String> geweigerd = verstuur(gebruiker, "2019-05-01", "2019-05-31");
            assertEquals(403, geweigerd.statusCode(), gebruiker);
            assertTrue(geweigerd.body().contains("Alleen een beheerder"), geweigerd.body());
        }
    }

    private static HttpResponse<String> verstuur(String gebruiker, String begin, String eind) {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":WlzDemo2026!")
                .getBytes(StandardCharsets.UTF_8));
        return ItOmgeving.verstuur(HttpRequest.newBuilder(ItOmgeving.http("/wlz/api/uitvoeringsgegevens?begindatum="
                        + begin + "&einddatum=" + eind)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The AW317 that names the client, once delivered: status, retourcodes, xml. */
    private String[] wachtOpAfgeleverd(long voor, String bsn) throws Exception {
        String[] rij = null;
        for (int i = 0; i < 120; i++) {
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "select status, retour_codes, xml from uitwisseling.uitgaand_bericht where berichtsoort = 'AW317'"
                            + " and id > ? and xml like ?")) {
                st.setLong(1, voor);
                st.setString(2, "%<aw317:Bsn>" + bsn + "</%");
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        rij = new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
                        if ("AFGELEVERD".equals(rij[0])) {
                            return rij;
                        }
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("AW317 niet afgeleverd: " + (rij == null ? "niet in de outbox" : rij[0]));
    }

    private int outboxMetBsn(long voor, String bsn) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from uitwisseling.uitgaand_bericht where berichtsoort = 'AW317' and id > ?"
                        + " and xml like ?")) {
            st.setLong(1, voor);
            st.setString(2, "%<aw317:Bsn>" + bsn + "</%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long maxId() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select coalesce(max(id), 0) from uitwisseling.uitgaand_bericht"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String soap(String pad, String bericht) {
        HttpResponse<String> antwoord = ItOmgeving.soap(pad, Voorbeeldberichten.envelop(bericht));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    private static String id() {
        return "ZI" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

}
