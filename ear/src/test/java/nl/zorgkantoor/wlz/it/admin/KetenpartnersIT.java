package nl.zorgkantoor.wlz.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.uitwisseling.TestAanbieder;
import nl.zorgkantoor.wlz.it.uitwisseling.TestPartner;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;
import nl.zorgkantoor.wlz.uitwisseling.api.ToewijzingService;
import nl.zorgkantoor.wlz.uitwisseling.api.Verzendstatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4, robustness: an outbound message for a partner without an endpoint is not retried forever but becomes a
 * work item with a Dutch reason; a beheerder sets the address on Beheer › Ketenpartners (validated, audited), and the
 * medewerker sends the message again, which is then delivered.
 */
@ExtendWith(ArquillianExtension.class)
class KetenpartnersIT {

    private static final String AANBIEDER = "12345678";
    private static final String PAGINA = "/wlz/app/beheer/partners.xhtml";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(KetenpartnersIT.class, WebSessie.class, TestPartner.class, TestAanbieder.class);
    }

    @EJB
    private ToewijzingService toewijzingen;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @Test
    void eenBerichtZonderAdresWordtWerkEnGaatNaHetInstellenVanHetAdresAlsnogWeg() throws Exception {
        try {
            // demo client 1 lives in Utrecht (5509); no endpoint is known for the aanbieder
            long uitgaand = toewijzingen.wijsToe(new NieuweToewijzing(1, 1, AANBIEDER, Leveringsvorm.VERBLIJF,
                    // demo client 1 wishes a pgb: verblijf deviates and needs its reason (RULES L-01)
                    DemoInstellingen.populatie().client(1).indicatieIngangsdatum(), "Cliënt kiest na overleg verblijf"));
            Verzendstatus status = wacht(uitgaand, "ONBESTELBAAR");
            assertEquals("ONBESTELBAAR", status.status(), "niet eindeloos opnieuw proberen");
            assertEquals(0, status.pogingen());
            assertTrue(status.laatsteFout().contains("Geen adres (endpoint) ingesteld voor ketenpartner " + AANBIEDER
                    + ": stel het in onder Beheer › Ketenpartners"), status.laatsteFout());
            Thread.sleep(3000);
            assertEquals(0, toewijzingen.status(uitgaand).orElseThrow().pogingen(), "geen nieuwe pogingen");

            // the beheerder: a wrong address is refused in Dutch, a right one saved and audited
            WebSessie beheerder = WebSessie.ingelogd("beheerder");
            HttpResponse<String> fout = wijzigAdres(beheerder, "ftp://aanbieder.example/iwlz");
            assertTrue(fout.body().contains("Het adres moet beginnen met http:// of https://"), fout.body());
            assertFalse(beheerder.get(PAGINA).body().contains("ftp://aanbieder.example"), "niets opgeslagen");
            String adres = ItOmgeving.http("/test/testaanbieder").toString();
            HttpResponse<String> goed = wijzigAdres(beheerder, adres);
            assertTrue(goed.body().contains("Het adres van ketenpartner " + AANBIEDER + " is " + adres), goed.body());
            assertEquals(1, tel("select count(*) from toegang.audit_regel where onderwerp = ? and details like ?",
                    "ketenpartner " + AANBIEDER, "endpoint gewijzigd van (geen) naar " + adres));

            // the medewerker of the region sees it as work and sends it again: now it is delivered
            long berichtId = logregel(uitgaand);
            WebSessie utrecht = WebSessie.ingelogd("medewerker.utrecht");
            HttpResponse<String> detail = utrecht.get("/wlz/app/berichten/bericht.xhtml?id=" + berichtId);
            assertTrue(detail.body().contains("Beheer › Ketenpartners"), detail.body());
            HttpResponse<String> na = utrecht.postFaces("/wlz/app/berichten/bericht.xhtml?id=" + berichtId,
                    detail.body(), "acties", Map.of(), "acties:opnieuw");
            long nieuw = Long.parseLong(na.body().replaceAll("(?s).*uitgaand bericht (\\d+)\\).*", "$1"));
            assertEquals("AFGELEVERD", wacht(nieuw, "AFGELEVERD").status());
        } finally {
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "update uitwisseling.ketenpartner set endpoint = null where code = ?")) {
                st.setString(1, AANBIEDER);
                st.executeUpdate();
            }
        }
    }

    private static HttpResponse<String> wijzigAdres(WebSessie beheerder, String adres) {
        HttpResponse<String> lijst = beheerder.get(PAGINA);
        Matcher knop = Pattern.compile("(?s)<td>" + AANBIEDER + "</td>.*?name=\"(lijst:partners:\\d+:kies)\"")
                .matcher(lijst.body());
        assertTrue(knop.find(), lijst.body());
        HttpResponse<String> formulier = beheerder.postFaces(PAGINA, lijst.body(), "lijst", Map.of(), knop.group(1));
        assertTrue(formulier.body().contains("Adres van " + AANBIEDER + " wijzigen"), formulier.body());
        return beheerder.postFaces(PAGINA, formulier.body(), "wijzig",
                Map.of("wijzig:code", AANBIEDER, "wijzig:endpoint", adres), "wijzig:opslaan");
    }

    private Verzendstatus wacht(long id, String verwacht) throws InterruptedException {
        Verzendstatus status = toewijzingen.status(id).orElseThrow();
        for (int i = 0; i < 60 && !verwacht.equals(status.status()); i++) {
            Thread.sleep(500);
            status = toewijzingen.status(id).orElseThrow();
        }
        return status;
    }

    private long logregel(long uitgaand) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select id, status from uitwisseling.bericht where uitgaand_id = ?")) {
            st.setLong(1, uitgaand);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "onbestelbaar bericht in het berichtenlog");
                assertEquals("ONBESTELBAAR", rs.getString(2));
                return rs.getLong(1);
            }
        }
    }

    private int tel(String sql, String... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
