package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.Retourcodes;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import nl.zorgkantoor.wlz.toezicht.api.Zorglevering;
import nl.zorgkantoor.wlz.toezicht.api.ZorgleveringService;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;
import nl.zorgkantoor.wlz.uitwisseling.api.ToewijzingService;
import nl.zorgkantoor.wlz.uitwisseling.api.Verzendstatus;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The iWlz exchange over real HTTP against the deployed EAR (RULES X-01..X-04): messages go to the SOAP endpoints,
 * the retour is read from the response, the stored data is checked through the contexts' api.
 */
@ExtendWith(ArquillianExtension.class)
class UitwisselingIT {

    private static final LocalDate INGANG = LocalDate.of(2025, 3, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(UitwisselingIT.class, TestPartner.class, TestAanbieder.class);
    }

    @EJB
    private ClientService clienten;

    @EJB
    private IndicatieService indicaties;

    @EJB
    private WachtlijstService wachtlijst;

    @EJB
    private ToewijzingService toewijzingen;

    @EJB
    private ZorgleveringService zorglevering;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/WlzDS")
    private javax.sql.DataSource dataSource;

    // RULES X-01
    @Test
    void x01_eenGeldigeIo31Krijgt0200OpElkeKlasseEnWordtOpgeslagen() {
        String bsn = TestBsn.uniek('1');
        String retour = io31(Voorbeeldberichten.io31(id(), bsn, 10, "754", INGANG));

        assertTrue(retour.contains("<io32:BerichtCode>389</io32:BerichtCode>"), retour);
        assertEquals(List.of("0200", "0200", "0200", "0200"), codes(retour), retour);
        ClientView client = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow();
        assertEquals("de Jansen", client.achternaam());
        IndicatieView besluit = indicaties.geldigeIndicatie(client.id(), INGANG).orElseThrow();
        assertEquals(10, besluit.besluitnummer());
        assertEquals(Zorgprofiel.VV5, besluit.zorgprofiel());
        assertEquals(Leveringsvorm.VERBLIJF, besluit.leveringsvormVoorkeur());
    }

    @Test
    void cs002_bsnZonderElfproefGeeftS002OpDeClientEnNietsOpgeslagen() {
        String bsn = ongeldigBsn();
        String retour = io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));

        assertEquals(List.of("0200", "0200", "0200", "S002"), codes(retour), retour);
        assertTrue(retour.matches("(?s).*<io32:Bsn>" + bsn + "</io32:Bsn>.*"), retour);
    }

    @Test
    void tr079_eenOuderBesluitnummerGeeft9079OpDeIndicatie() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 5, "754", INGANG));
        String retour = io31(Voorbeeldberichten.io31(id(), bsn, 4, "755", INGANG));

        assertTrue(retour.contains("<io32:RetourCode>9079</io32:RetourCode>"), retour);
        long clientId = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow().id();
        assertEquals(1, indicaties.indicaties(clientId).size());
    }

    // RULES X-02
    @Test
    void x02_hetzelfdeBerichtNogmaalsGeeftDezelfdeRetourEnVerandertNiets() {
        String bsn = TestBsn.uniek('1');
        String bericht = Voorbeeldberichten.io31(id(), bsn, 3, "754", INGANG);
        String eerste = io31(bericht);
        String tweede = io31(bericht);

        assertEquals(eerste, tweede);
        long clientId = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow().id();
        assertEquals(1, indicaties.indicaties(clientId).size());
    }

    @Test
    void tr056_eenAnderBerichtMetDezelfdeIdentificatieGeeft9056() {
        String identificatie = id();
        io31(Voorbeeldberichten.io31(identificatie, TestBsn.uniek('1'), 3, "754", INGANG));
        String ander = TestBsn.uniek('1');
        String retour = io31(Voorbeeldberichten.io31(identificatie, ander, 3, "754", INGANG));

        assertTrue(retour.contains("<io32:RetourCode>9056</io32:RetourCode>"), retour);
        assertTrue(retour.contains("<io32:RetourCode>0233</io32:RetourCode>"), retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(ander)).isEmpty());
    }

    // RULES X-01
    @Test
    void x01_eenSchemaOngeldigBerichtKrijgt0001AlleenInDeHeader() throws Exception {
        String bsn = TestBsn.uniek('1');
        String identificatie = id();
        String retour = io31(Voorbeeldberichten.io31(identificatie, bsn, 3, "123", INGANG));

        assertEquals(List.of("0001"), codes(retour), retour);
        assertFalse(retour.contains("Clienten"), retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
        // issue 4: the header could be read, so the log knows the rejected message by its Identificatie
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement st = c.prepareStatement(
                "select status from uitwisseling.bericht where berichtsoort = 'IO31' and identificatie = ?")) {
            st.setString(1, identificatie);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "afgekeurd bericht " + identificatie + " in het log");
                assertEquals("AFGEKEURD", rs.getString(1));
            }
        }
    }

    // RULES X-01
    @Test
    void x01_xxeEnEntiteitExpansieWordenAfgewezenZonderStacktrace() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + Voorbeeldberichten.envelop(Voorbeeldberichten.io31(id(), TestBsn.uniek('1'), 3, "754", INGANG)
                .replace("Grietje", "&e;"));
        HttpResponse<String> antwoord = ItOmgeving.soap("/uitwisseling/CizService", xxe);
        assertFalse(antwoord.body().contains("root:"), antwoord.body());
        assertFalse(antwoord.body().contains("at org."), antwoord.body());
        assertTrue(antwoord.body().contains("<io32:RetourCode>0001</io32:RetourCode>")
                || antwoord.statusCode() == 500, antwoord.statusCode() + " " + antwoord.body());
    }

    // RULES X-01
    @Test
    void x01_eenTeGrootBerichtKrijgt0001() {
        String bsn = TestBsn.uniek('1');
        String groot = Voorbeeldberichten.io31(id(), bsn, 3, "754", INGANG)
                .replace("<io31:Meerzorg>", "<io31:Commentaar>" + "x".repeat(6_000_000) + "</io31:Commentaar><io31:Meerzorg>");
        String retour = io31(groot);

        assertEquals(List.of("0001"), codes(retour), retour.length() > 2000 ? retour.substring(0, 2000) : retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // RULES X-01
    @Test
    void x01_aw35EnAw39NaEenIndicatieKrijgen0200EnGaanNaarDeWachtlijst() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        long clientId = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow().id();

        String aw39 = aanbieder(Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, INGANG.plusDays(5), "1"));
        assertTrue(aw39.contains("<aw310:BerichtCode>359</aw310:BerichtCode>"), aw39);
        assertEquals(List.of("0200", "0200"), codes(aw39), aw39);
        assertTrue(wachtlijst.wachtOpOpname(clientId, INGANG.plusDays(6)));

        String aw35 = aanbieder(Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, INGANG.plusDays(20), "1"));
        assertEquals(List.of("0200", "0200"), codes(aw35), aw35);
        assertFalse(wachtlijst.wachtOpOpname(clientId, INGANG.plusDays(21)));
    }

    /** Issue 4: the zorglevering of AW35 (start) and AW39 einde zorg (Mutatiecode 19) is kept for toezicht. */
    @Test
    void x01_aw35BegintEnAw39MetMutatiecode19BeeindigtDeZorglevering() {
        String bsn = TestBsn.uniek('1');
        LocalDate einde = INGANG.plusDays(110);
        ClientView client = inZorgTotEindeMet(bsn, einde, Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, einde, "1")
                .replace("<aw39:Mutatiecode>18</aw39:Mutatiecode>", "<aw39:Mutatiecode>19</aw39:Mutatiecode>")
                .replaceAll("<aw39:Leveringsstatus>7</aw39:Leveringsstatus>\\s*<aw39:LeveringsstatusClassificatie>12"
                        + "</aw39:LeveringsstatusClassificatie>", "<aw39:Leveringsstatus>5</aw39:Leveringsstatus>"));
        assertEquals("19", zorglevering.vanClient(client.id(), client.regio()).get(0).mutatiecodeEinde());
    }

    /**
     * Mutatiecode 20 (beëindigd, toewijzing aanhouden) ends the care as well; the toewijzing stays because the client
     * waits again (Leveringsstatus 7, actief plaatsen), so the client is back on the waiting list.
     */
    @Test
    void x01_aw39MetMutatiecode20BeeindigtDeZorgleveringEnDeClientWachtWeer() {
        String bsn = TestBsn.uniek('1');
        LocalDate einde = INGANG.plusDays(110);
        ClientView client = inZorgTotEindeMet(bsn, einde, Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, einde, "1")
                .replace("<aw39:Mutatiecode>18</aw39:Mutatiecode>", "<aw39:Mutatiecode>20</aw39:Mutatiecode>"));
        assertEquals("20", zorglevering.vanClient(client.id(), client.regio()).get(0).mutatiecodeEinde());
        assertTrue(wachtlijst.wachtOpOpname(client.id(), einde.plusDays(1)));
    }

    /** A client with an indicatie, in care from an AW35 twenty days after it, whose care the given AW39 ends. */
    private ClientView inZorgTotEindeMet(String bsn, LocalDate einde, String aw39) {
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        ClientView client = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow();
        LocalDate begin = INGANG.plusDays(20);
        assertEquals(List.of("0200", "0200"),
                codes(aanbieder(Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, begin, "1"))));

        Zorglevering lopend = zorglevering.vanClient(client.id(), client.regio()).get(0);
        assertEquals(new Zorglevering(client.id(), Voorbeeldberichten.AANBIEDER, Zorgprofiel.VV5,
                Leveringsvorm.VERBLIJF, begin, null, null, "AW35"), lopend);

        String retour = aanbieder(aw39);
        assertEquals(List.of("0200", "0200"), codes(retour), retour);

        List<Zorglevering> geschiedenis = zorglevering.vanClient(client.id(), client.regio());
        assertEquals(1, geschiedenis.size(), geschiedenis::toString);
        assertEquals(einde, geschiedenis.get(0).einddatum());
        return client;
    }

    // RULES CD029, I-03 over HTTP: an indicatie without Grondslagen (which give access to the Wlz) gets D029 on its
    // zorgzwaartepakket and is not stored
    @Test
    void cd029_eenIndicatieZonderGrondslagenGeeftD029EnWordtNietOpgeslagen() {
        String bsn = TestBsn.uniek('1');
        String retour = post("/uitwisseling/CizService", Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG)
                .replace("<io31:Grondslagen><iwlz:Grondslag01>02</iwlz:Grondslag01></io31:Grondslagen>", ""));
        // document order: Contact, GeindiceerdZorgzwaartepakket, Indicatie, Client
        assertEquals(List.of("0200", "D029", "0200", "0200"), codes(retour), retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // RULES CD073, TR106 over HTTP: an AW39 aanvraag for verblijf without Dossierhouder gets D073 on the Aanvraag; a
    // second AanvraagInstelling for the same Instelling over an overlapping period gets 9106; the mutatie stays 0200
    @Test
    void cd073EnTr106_eenAanvraagZonderDossierhouderMetOverlappendeInstellingen() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        String instelling = "<aw39:AanvraagInstelling><aw39:Instelling>12345678</aw39:Instelling><aw39:Soort>1"
                + "</aw39:Soort><aw39:ToewijzingIngangsdatum>%s</aw39:ToewijzingIngangsdatum><aw39:ToewijzingPercentage>"
                + "10000</aw39:ToewijzingPercentage><aw39:Opname>1</aw39:Opname></aw39:AanvraagInstelling>";
        String aanvraag = "<aw39:Aanvragen><aw39:Aanvraag><aw39:Besluitnummer>1</aw39:Besluitnummer><aw39:Afgiftedatum>"
                + INGANG + "</aw39:Afgiftedatum><aw39:Instelling>12345678</aw39:Instelling><aw39:ZzpCode>754"
                + "</aw39:ZzpCode><aw39:Klasse>KE4</aw39:Klasse><aw39:Leveringsvorm>4</aw39:Leveringsvorm>"
                + "<aw39:AanvraagInstellingen>" + instelling.formatted(INGANG.plusDays(30))
                + instelling.formatted(INGANG.plusDays(60)) + "</aw39:AanvraagInstellingen></aw39:Aanvraag></aw39:Aanvragen>";
        String retour = aanbieder(Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, INGANG.plusDays(5), "1")
                .replace("</aw39:MutatieZorgzwaartepakketten>", "</aw39:MutatieZorgzwaartepakketten>" + aanvraag));
        // document order: MutatieZorgzwaartepakket, AanvraagInstelling, AanvraagInstelling, Aanvraag, Client
        assertEquals(List.of("0200", "0200", "9106", "D073", "0200"), codes(retour), retour);
    }

    // RULES X-03 (stateful rule checked against the database)
    @Test
    void tr019_eenMeldingZonderBijbehorendBesluitGeeft9019() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        String aw35 = aanbieder(Voorbeeldberichten.aw35(id(), bsn, 2, "754", INGANG, INGANG.plusDays(20), "1"));

        assertEquals(List.of("9019", "0200"), codes(aw35), aw35);
    }

    // RULES X-03 (stateful rule checked against the database)
    @Test
    void tr074_tr063_correctieprotocolVanStatusAanlevering() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        LocalDate begin = INGANG.plusDays(2);

        assertEquals(List.of("0200", "0200"), codes(aanbieder(Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, begin, "1"))));
        assertEquals(List.of("9074", "0200"), codes(aanbieder(Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, begin, "1"))));
        assertEquals(List.of("0200", "0200"), codes(aanbieder(Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, begin, "3"))));
        assertEquals(List.of("9063", "0200"), codes(aanbieder(Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, begin, "3"))));
    }

    // RULES X-01
    @Test
    void x01_eenAw33WordtAfgeleverdNadatDeAanbiederEerstOnbereikbaarWas() throws InterruptedException {
        // the Arquillian servlet protocol deploys the test WAR under /test
        String aanbieder = "87654321";
        System.setProperty("wlz.partner." + aanbieder + ".url", "http://localhost:1/onbereikbaar");
        DemoClient demo = DemoInstellingen.populatie().client(3);
        long id = toewijzingen.wijsToe(new NieuweToewijzing(3, 1, aanbieder, Leveringsvorm.VERBLIJF,
                demo.indicatieIngangsdatum()));

        Verzendstatus status = wacht(id, s -> s.pogingen() >= 1);
        assertEquals("TE_VERZENDEN", status.status());
        assertTrue(status.laatsteFout().startsWith("Niet bereikbaar"), status.laatsteFout());

        int ontvangenVoor = TestAanbieder.ONTVANGEN.get();
        System.setProperty("wlz.partner." + aanbieder + ".url", ItOmgeving.http("/test/testaanbieder").toString());
        status = wacht(id, Verzendstatus::isAfgeleverd);
        assertEquals("AFGELEVERD", status.status(), status.toString());
        assertTrue(status.pogingen() >= 2);
        assertTrue(status.retourCodes().matches("0200(,0200)*"), status.retourCodes());
        assertTrue(TestAanbieder.ONTVANGEN.get() > ontvangenVoor);
    }

    // iwlz.md §3 TR101: a duplicate line within the message gets 9101 on that GeleverdZorgzwaartepakket, nothing else
    @Test
    void tr101_eenDubbeleRegelInEenAw35Geeft9101OpDieRegel() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        String bericht = Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, INGANG.plusDays(4), "1");
        int begin = bericht.indexOf("<aw35:GeleverdZorgzwaartepakket>");
        int eind = bericht.indexOf("</aw35:GeleverdZorgzwaartepakket>") + "</aw35:GeleverdZorgzwaartepakket>".length();
        String aw36 = aanbieder(bericht.substring(0, eind) + bericht.substring(begin, eind) + bericht.substring(eind));

        // document order: the two GeleverdZorgzwaartepakket classes, then the Client
        assertEquals(List.of("0200", "9101", "0200"), codes(aw36), aw36);
    }

    // issue 4 (Also): chain partners authenticate; an unknown or wrong sender is refused and changes nothing
    @Test
    void ketenpartner_zonderOfMetFouteInloggegevensWeigertDeServerMet401EnSlaatNietsOp() {
        String bsn = TestBsn.uniek('1');
        String envelop = Voorbeeldberichten.envelop(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        HttpResponse<String> anoniem = ItOmgeving.soap("/uitwisseling/CizService", envelop, null);
        assertEquals(401, anoniem.statusCode(), anoniem.body());
        HttpResponse<String> fout = ItOmgeving.verstuur(java.net.http.HttpRequest.newBuilder(
                        ItOmgeving.http("/uitwisseling/CizService")).header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (DemoKetenpartners.CIZ + ":fout-wachtwoord-van-iemand-anders").getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelop)).build());
        assertEquals(401, fout.statusCode(), fout.body());
        assertFalse(fout.body().contains("RetourCode"), fout.body());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // issue 4 (Also): a staff account is no chain partner
    @Test
    void ketenpartner_eenMedewerkerAccountMagGeenBerichtenSturen() {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = ItOmgeving.verstuur(java.net.http.HttpRequest.newBuilder(
                        ItOmgeving.http("/uitwisseling/CizService")).header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "beheerder:WlzDemo2026!".getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Voorbeeldberichten.envelop(
                        Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG)))).build());
        assertEquals(403, antwoord.statusCode(), antwoord.body());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // issue 4 / iwlz.md §2: the Afzender in the header must be the authenticated partner, else 0001 and nothing stored
    @Test
    void ketenpartner_eenAndereAanbiederDanDeAfzenderKrijgt0001() {
        String bsn = TestBsn.uniek('1');
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        long clientId = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow().id();
        HttpResponse<String> antwoord = ItOmgeving.soap("/uitwisseling/ZorgaanbiederService",
                Voorbeeldberichten.envelop(Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, INGANG.plusDays(5), "1")),
                DemoKetenpartners.ANDERE_AANBIEDER);
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0001"), codes(antwoord.body()), antwoord.body());
        assertFalse(wachtlijst.wachtOpOpname(clientId, INGANG.plusDays(6)), "de mutatie is niet overgenomen");
    }

    // issue 4: an IO31 comes from the CIZ only; a zorgaanbieder's account sending one is refused
    @Test
    void ketenpartner_eenAanbiederKanGeenIndicatiebesluitSturen() {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = ItOmgeving.soap("/uitwisseling/CizService",
                Voorbeeldberichten.envelop(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG)),
                DemoKetenpartners.AANBIEDER);
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0001"), codes(antwoord.body()), antwoord.body());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    private Verzendstatus wacht(long id, java.util.function.Predicate<Verzendstatus> klaar) throws InterruptedException {
        Verzendstatus status = toewijzingen.status(id).orElseThrow();
        for (int i = 0; i < 120 && !klaar.test(status); i++) {
            Thread.sleep(500);
            status = toewijzingen.status(id).orElseThrow();
        }
        return status;
    }

    private static String io31(String bericht) {
        return post("/uitwisseling/CizService", bericht);
    }

    private static String aanbieder(String bericht) {
        return post("/uitwisseling/ZorgaanbiederService", bericht);
    }

    private static String post(String pad, String bericht) {
        HttpResponse<String> antwoord = ItOmgeving.soap(pad, Voorbeeldberichten.envelop(bericht));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    private static List<String> codes(String retour) {
        return Retourcodes.van(retour);
    }

    private static String id() {
        return "IT" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }


    private static String ongeldigBsn() {
        String geldig = TestBsn.uniek('1');
        return geldig.substring(0, 8) + ((geldig.charAt(8) - '0' + 1) % 10);
    }
}
