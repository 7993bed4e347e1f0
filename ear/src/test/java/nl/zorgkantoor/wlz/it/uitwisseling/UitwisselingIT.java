package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
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
        return Deployments.ear(UitwisselingIT.class, TestAanbieder.class);
    }

    @EJB
    private ClientService clienten;

    @EJB
    private IndicatieService indicaties;

    @EJB
    private WachtlijstService wachtlijst;

    @EJB
    private ToewijzingService toewijzingen;

    // RULES X-01
    @Test
    void x01_eenGeldigeIo31Krijgt0200OpElkeKlasseEnWordtOpgeslagen() {
        String bsn = uniekBsn();
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
        String bsn = uniekBsn();
        io31(Voorbeeldberichten.io31(id(), bsn, 5, "754", INGANG));
        String retour = io31(Voorbeeldberichten.io31(id(), bsn, 4, "755", INGANG));

        assertTrue(retour.contains("<io32:RetourCode>9079</io32:RetourCode>"), retour);
        long clientId = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow().id();
        assertEquals(1, indicaties.indicaties(clientId).size());
    }

    // RULES X-02
    @Test
    void x02_hetzelfdeBerichtNogmaalsGeeftDezelfdeRetourEnVerandertNiets() {
        String bsn = uniekBsn();
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
        io31(Voorbeeldberichten.io31(identificatie, uniekBsn(), 3, "754", INGANG));
        String ander = uniekBsn();
        String retour = io31(Voorbeeldberichten.io31(identificatie, ander, 3, "754", INGANG));

        assertTrue(retour.contains("<io32:RetourCode>9056</io32:RetourCode>"), retour);
        assertTrue(retour.contains("<io32:RetourCode>0233</io32:RetourCode>"), retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(ander)).isEmpty());
    }

    // RULES X-01
    @Test
    void x01_eenSchemaOngeldigBerichtKrijgt0001AlleenInDeHeader() {
        String bsn = uniekBsn();
        String retour = io31(Voorbeeldberichten.io31(id(), bsn, 3, "123", INGANG));

        assertEquals(List.of("0001"), codes(retour), retour);
        assertFalse(retour.contains("Clienten"), retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // RULES X-01
    @Test
    void x01_xxeEnEntiteitExpansieWordenAfgewezenZonderStacktrace() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + Voorbeeldberichten.envelop(Voorbeeldberichten.io31(id(), uniekBsn(), 3, "754", INGANG)
                .replace("Grietje", "&e;"));
        HttpResponse<String> antwoord = ItOmgeving.post(ItOmgeving.http("/uitwisseling/CizService"),
                "text/xml; charset=UTF-8", xxe);
        assertFalse(antwoord.body().contains("root:"), antwoord.body());
        assertFalse(antwoord.body().contains("at org."), antwoord.body());
        assertTrue(antwoord.body().contains("<io32:RetourCode>0001</io32:RetourCode>")
                || antwoord.statusCode() == 500, antwoord.statusCode() + " " + antwoord.body());
    }

    // RULES X-01
    @Test
    void x01_eenTeGrootBerichtKrijgt0001() {
        String bsn = uniekBsn();
        String groot = Voorbeeldberichten.io31(id(), bsn, 3, "754", INGANG)
                .replace("<io31:Meerzorg>", "<io31:Commentaar>" + "x".repeat(6_000_000) + "</io31:Commentaar><io31:Meerzorg>");
        String retour = io31(groot);

        assertEquals(List.of("0001"), codes(retour), retour.length() > 2000 ? retour.substring(0, 2000) : retour);
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // RULES X-01
    @Test
    void x01_aw35EnAw39NaEenIndicatieKrijgen0200EnGaanNaarDeWachtlijst() {
        String bsn = uniekBsn();
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

    // RULES X-03 (stateful rule checked against the database)
    @Test
    void tr019_eenMeldingZonderBijbehorendBesluitGeeft9019() {
        String bsn = uniekBsn();
        io31(Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG));
        String aw35 = aanbieder(Voorbeeldberichten.aw35(id(), bsn, 2, "754", INGANG, INGANG.plusDays(20), "1"));

        assertEquals(List.of("9019", "0200"), codes(aw35), aw35);
    }

    // RULES X-03 (stateful rule checked against the database)
    @Test
    void tr074_tr063_correctieprotocolVanStatusAanlevering() {
        String bsn = uniekBsn();
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
        HttpResponse<String> antwoord = ItOmgeving.post(ItOmgeving.http(pad), "text/xml; charset=UTF-8",
                Voorbeeldberichten.envelop(bericht));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    /** The RetourCode values in document order (innermost classes close first). */
    private static List<String> codes(String retour) {
        Matcher m = Pattern.compile("<\\w+:RetourCode>(\\w+)</\\w+:RetourCode>").matcher(retour);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static String id() {
        return "IT" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    /** A valid BSN outside the demo range (demo BSNs start with 2..9). */
    private static String uniekBsn() {
        while (true) {
            String kandidaat = Bsn.metControlecijfer(
                    "1" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
            if (kandidaat != null) {
                return kandidaat;
            }
        }
    }

    private static String ongeldigBsn() {
        String geldig = uniekBsn();
        return geldig.substring(0, 8) + ((geldig.charAt(8) - '0' + 1) % 10);
    }
}
