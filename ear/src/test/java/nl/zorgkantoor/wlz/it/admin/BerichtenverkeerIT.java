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
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.it.uitwisseling.TestAanbieder;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;
import nl.zorgkantoor.wlz.uitwisseling.api.ToewijzingService;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Berichtenverkeer (/wlz/app/berichten, issue 4 "message log queryable"): the message log through the admin pages,
 * limited to the user's region; XML shown escaped; retour codes in words; a rejected AW33 sent again.
 * The demo sample messages are addressed to zorgkantoor 5509 (Utrecht).
 */
@ExtendWith(ArquillianExtension.class)
class BerichtenverkeerIT {

    private static final LocalDate INGANG = LocalDate.of(2025, 3, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(BerichtenverkeerIT.class, WebSessie.class, TestAanbieder.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @EJB
    private ToewijzingService toewijzingen;

    @Test
    @RunAsClient
    void eenMedewerkerVindtEenBerichtOpBsnEnZietDeXmlOntsnaptEnDeCodesInWoorden() {
        String bsn = TestBsn.uniek('1');
        String id = "BV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        // a name with markup: it must come back as text, never as markup
        String bericht = Voorbeeldberichten.io31(id, bsn, 1, "754", INGANG)
                .replace("<iwlz:Voornamen>Grietje</iwlz:Voornamen>", "<iwlz:Voornamen>&lt;script&gt;x&lt;/script&gt;</iwlz:Voornamen>");
        assertEquals(200, ItOmgeving.soap("/uitwisseling/CizService", Voorbeeldberichten.envelop(bericht)).statusCode());

        WebSessie utrecht = WebSessie.ingelogd("medewerker.utrecht");
        HttpResponse<String> lijst = utrecht.get("/wlz/app/berichten/index.xhtml");
        assertEquals(200, lijst.statusCode(), lijst.body());
        HttpResponse<String> gefilterd = utrecht.postFaces("/wlz/app/berichten/index.xhtml", lijst.body(), "filter",
                Map.of("filter:bsn", bsn), "filter:zoek");
        assertTrue(gefilterd.body().contains("IO31 " + id), gefilterd.body());
        assertTrue(gefilterd.body().contains("1 resultaten"), gefilterd.body());

        long berichtId = berichtId(gefilterd.body(), id);
        HttpResponse<String> detail = utrecht.get("/wlz/app/berichten/bericht.xhtml?id=" + berichtId);
        assertEquals(200, detail.statusCode(), detail.body());
        assertTrue(detail.body().contains("&lt;io31:Bericht"), "de XML staat er als tekst");
        assertTrue(detail.body().contains("Geen opmerking over deze berichtklasse."), detail.body());
        assertFalse(detail.body().contains("<script>"), "geen markup uit het bericht in de pagina");

        // the same message is not there for another region
        WebSessie amsterdam = WebSessie.ingelogd("medewerker.amsterdam");
        assertEquals(404, amsterdam.get("/wlz/app/berichten/bericht.xhtml?id=" + berichtId).statusCode());
        HttpResponse<String> andere = amsterdam.get("/wlz/app/berichten/index.xhtml");
        HttpResponse<String> niets = amsterdam.postFaces("/wlz/app/berichten/index.xhtml", andere.body(), "filter",
                Map.of("filter:bsn", bsn), "filter:zoek");
        assertTrue(niets.body().contains("0 resultaten"), niets.body());
    }

    @Test
    @RunAsClient
    void eenAfgekeurdBerichtToont0001InWoorden() {
        String bsn = TestBsn.uniek('1');
        String id = "BV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        ItOmgeving.soap("/uitwisseling/CizService", Voorbeeldberichten.envelop(
                Voorbeeldberichten.io31(id, bsn, 1, "123", INGANG)));
        WebSessie utrecht = WebSessie.ingelogd("beoordelaar.utrecht");
        HttpResponse<String> lijst = utrecht.get("/wlz/app/berichten/index.xhtml");
        HttpResponse<String> gefilterd = utrecht.postFaces("/wlz/app/berichten/index.xhtml", lijst.body(), "filter",
                Map.of("filter:retourcode", "0001", "filter:status", "AFGEKEURD"), "filter:zoek");
        assertTrue(gefilterd.body().contains("AFGEKEURD"), gefilterd.body());
        assertFalse(gefilterd.body().contains("<td>VERWERKT"), "alleen afgekeurde berichten");
        HttpResponse<String> detail = utrecht.get("/wlz/app/berichten/bericht.xhtml?id=" + eersteBerichtId(gefilterd.body()));
        assertTrue(detail.body().contains("Bericht is afgekeurd om technische redenen."), detail.body());
    }

    // issue 4: a rejected class of an outbound message is a work item; the user sends it again (new Identificatie, TR056)
    @Test
    void eenAfgewezenAw33WordtOpnieuwVerstuurdVanuitDePagina() throws Exception {
        String aanbieder = "87654321";
        System.setProperty("wlz.partner." + aanbieder + ".url", ItOmgeving.http("/test/testaanbieder").toString());
        System.setProperty(TestAanbieder.AFWIJZEN, "true");
        long uitgaand;
        long berichtId;
        try {
            // demo client 1 lives in Utrecht (5509)
            uitgaand = toewijzingen.wijsToe(new NieuweToewijzing(1, 1, aanbieder, Leveringsvorm.VERBLIJF,
                    DemoInstellingen.populatie().client(1).indicatieIngangsdatum()));
            berichtId = wachtOpLogregel(uitgaand);
        } finally {
            System.clearProperty(TestAanbieder.AFWIJZEN);
        }
        assertEquals("AFGEWEZEN", toewijzingen.status(uitgaand).orElseThrow().status());

        WebSessie utrecht = WebSessie.ingelogd("medewerker.utrecht");
        HttpResponse<String> detail = utrecht.get("/wlz/app/berichten/bericht.xhtml?id=" + berichtId);
        assertTrue(detail.body().contains("Cliënt kan niet geïdentificeerd worden."), detail.body());
        assertTrue(detail.body().contains("Opnieuw versturen"), detail.body());
        HttpResponse<String> na = utrecht.postFaces("/wlz/app/berichten/bericht.xhtml?id=" + berichtId, detail.body(),
                "acties", Map.of(), "acties:opnieuw");
        assertTrue(na.body().contains("opnieuw klaar voor verzending"), na.body());

        assertEquals("OPNIEUW_VERSTUURD", toewijzingen.status(uitgaand).orElseThrow().status());
        long nieuw = Long.parseLong(na.body().replaceAll("(?s).*uitgaand bericht (\\d+)\\).*", "$1"));
        var status = toewijzingen.status(nieuw).orElseThrow();
        for (int i = 0; i < 60 && !status.isAfgeleverd(); i++) {
            Thread.sleep(500);
            status = toewijzingen.status(nieuw).orElseThrow();
        }
        assertEquals("AFGELEVERD", status.status(), "de kopie gaat met een nieuwe identificatie en wordt geaccepteerd");
    }

    private long wachtOpLogregel(long uitgaand) throws Exception {
        for (int i = 0; i < 120; i++) {
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "select id from uitwisseling.bericht where uitgaand_id = ?")) {
                st.setLong(1, uitgaand);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("AW33 " + uitgaand + " niet beantwoord");
    }

    private static long berichtId(String pagina, String identificatie) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bericht\\.xhtml\\?id=(\\d+)[^>]*>IO31 " + identificatie)
                .matcher(pagina);
        assertTrue(m.find(), pagina);
        return Long.parseLong(m.group(1));
    }

    private static long eersteBerichtId(String pagina) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bericht\\.xhtml\\?id=(\\d+)").matcher(pagina);
        assertTrue(m.find(), pagina);
        return Long.parseLong(m.group(1));
    }

}
