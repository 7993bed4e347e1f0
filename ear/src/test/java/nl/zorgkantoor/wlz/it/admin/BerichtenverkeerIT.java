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
import nl.zorgkantoor.wlz.it.uitwisseling.TestPartner;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
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
        return Deployments.ear(BerichtenverkeerIT.class, WebSessie.class, TestPartner.class, TestAanbieder.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @EJB
    private ToewijzingService toewijzingen;

    @EJB
    private IndicatieService indicaties;

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
        naarTestaanbieder(aanbieder);
        System.setProperty(TestAanbieder.AFWIJZEN, "true");
        long uitgaand;
        long berichtId;
        try {
            // demo client 1 lives in Utrecht (5509)
            uitgaand = toewijzingen.wijsToe(new NieuweToewijzing(1, 1, aanbieder, Leveringsvorm.VERBLIJF,
                    // demo client 1 wishes a pgb: verblijf deviates and needs its reason (RULES L-01)
                    DemoInstellingen.populatie().client(1).indicatieIngangsdatum(), "Cliënt kiest na overleg verblijf"));
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

    /**
     * Issue 4 "a toewijzing made by an administrator", RULES L-01: a medewerker assigns care from the cliëntdossier;
     * a leveringsvorm other than the client's wish is refused without a reason and kept with it; the AW33 goes out
     * and the dossier and the message page show the reason; the assignment is in the audit trail.
     */
    @Test
    void eenMedewerkerWijstZorgToeInHetDossierEnEenAfwijkingVanDeVoorkeurVraagtEenReden() throws Exception {
        String aanbieder = "87654321";
        naarTestaanbieder(aanbieder);
        // a demo client of Utrecht (5509, the region of medewerker.utrecht) with a wish other than pgb
        DemoClient demo = demoClient(c -> c.regio().code().equals("5509") && c.leveringsvorm() != Leveringsvorm.PGB);
        IndicatieView besluit = indicaties.indicaties(demo.nummer()).get(0);
        Leveringsvorm wens = besluit.leveringsvormVoorkeur();
        Leveringsvorm anders = wens == Leveringsvorm.VERBLIJF ? Leveringsvorm.VPT : Leveringsvorm.VERBLIJF;
        Map<String, String> velden = new java.util.HashMap<>(Map.of("toewijzing:besluit",
                String.valueOf(besluit.besluitnummer()), "toewijzing:leveringsvorm", anders.name(),
                "toewijzing:aanbieder", aanbieder, "toewijzing:ingangsdatum", besluit.geldigheid().begin().toString(),
                "toewijzing:reden", ""));
        String dossier = "/wlz/app/clienten/dossier.xhtml?client=" + demo.nummer();

        WebSessie utrecht = WebSessie.ingelogd("medewerker.utrecht");
        HttpResponse<String> zonderReden = utrecht.postFaces(dossier, utrecht.get(dossier).body(), "toewijzing",
                velden, "toewijzing:toewijzen");
        assertTrue(zonderReden.body().contains("De cliënt wil " + wens.omschrijving().toLowerCase()), zonderReden.body());
        assertFalse(zonderReden.body().contains("Toegewezen:"), zonderReden.body());

        String reden = "Geen plaats binnen de treeknorm; cliënt akkoord " + ThreadLocalRandom.current().nextInt(1_000_000);
        velden.put("toewijzing:reden", reden);
        HttpResponse<String> metReden = utrecht.postFaces(dossier, zonderReden.body(), "toewijzing", velden,
                "toewijzing:toewijzen");
        assertTrue(metReden.body().contains("Toegewezen: " + anders.omschrijving().toLowerCase() + " bij " + aanbieder),
                metReden.body());
        long uitgaand = Long.parseLong(metReden.body().replaceAll("(?s).*\\(uitgaand (\\d+)\\).*", "$1"));
        long berichtId = wachtOpLogregel(uitgaand);
        assertEquals("AFGELEVERD", toewijzingen.status(uitgaand).orElseThrow().status());

        String verwacht = "Afwijking van de voorkeur " + wens.omschrijving().toLowerCase() + ": " + reden;
        assertTrue(utrecht.get(dossier).body().contains(verwacht), "de dossiertabel toont de reden");
        assertTrue(utrecht.get("/wlz/app/berichten/bericht.xhtml?id=" + berichtId).body().contains(verwacht),
                "de berichtpagina toont de reden");
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from toegang.audit_regel where gebruiker = 'medewerker.utrecht'"
                        + " and actie = 'VERSTUREN' and client_id = ? and details like ?")) {
            st.setLong(1, demo.nummer());
            st.setString(2, "zorgtoewijzing besluit " + besluit.besluitnummer() + "%" + aanbieder + "%");
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next() && rs.getInt(1) == 1, "de toewijzing staat in de audit trail");
            }
        }
    }

    // RULES L-01 without a deviation: the wish itself needs no reason; a caller without a staff role is refused
    @Test
    void deVoorkeurZelfVraagtGeenRedenEnAlleenEenMedewerkerWijstToeVanuitHetDossier() {
        DemoClient demo = demoClient(c -> c.leveringsvorm() == Leveringsvorm.VPT
                || c.leveringsvorm() == Leveringsvorm.VERBLIJF);
        IndicatieView besluit = indicaties.indicaties(demo.nummer()).get(0);
        String aanbieder = "87654321";
        naarTestaanbieder(aanbieder);
        NieuweToewijzing volgensWens = new NieuweToewijzing(demo.nummer(), besluit.besluitnummer(), aanbieder,
                besluit.leveringsvormVoorkeur(), besluit.geldigheid().begin());
        assertTrue(toewijzingen.wijsToe(volgensWens) > 0);
        // this test runs without a login: the dossier's entry point wants a medewerker or beoordelaar of the region
        org.junit.jupiter.api.Assertions.assertThrows(GeenToegangException.class,
                () -> toewijzingen.wijsToeDoorMedewerker(volgensWens));
    }

    /** Outbound messages for this AGB code go to the test aanbieder deployed with this test. */
    private static void naarTestaanbieder(String aanbieder) {
        System.setProperty("wlz.partner." + aanbieder + ".url", ItOmgeving.http("/test/testaanbieder").toString());
    }

    /** The first of the demo population's first 200 clients that fits the test. */
    private static DemoClient demoClient(java.util.function.Predicate<DemoClient> passend) {
        return java.util.stream.LongStream.rangeClosed(1, 200).mapToObj(DemoInstellingen.populatie()::client)
                .filter(passend).findFirst().orElseThrow();
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
