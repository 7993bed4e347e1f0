package nl.zorgkantoor.wlz.it.regelingen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatiebesluitOntvangst;
import nl.zorgkantoor.wlz.indicatie.api.OntvangenIndicatiebesluit;
import nl.zorgkantoor.wlz.indicatie.api.NieuweClient;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagIndienen;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraaggegevens;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Actie;
import nl.zorgkantoor.wlz.regelingen.api.Bedragregel;
import nl.zorgkantoor.wlz.regelingen.api.Besluiten;
import nl.zorgkantoor.wlz.regelingen.api.BevindingView;
import nl.zorgkantoor.wlz.regelingen.api.DocumentToevoegen;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import nl.zorgkantoor.wlz.regelingen.api.RegelingFout;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Toeslagsoort;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import nl.zorgkantoor.wlz.regelingen.api.Werksignaal;
import nl.zorgkantoor.wlz.regelingen.api.WerkitemView;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.LeveringsstatusMelding;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regelingen on the real server: per regeling the happy path from application to beschikking, failing rules,
 * the CIZ signal, deadlines with a shifted clock, expiry, and two assessors deciding at once. Runs on H2 and on a
 * PostgreSQL database that keeps data between runs: every case here is new, and demo clients are only used for
 * regelingen whose rules no earlier run can disturb.
 */
@ExtendWith(ArquillianExtension.class)
class RegelingenIT {

    private static final String WIE = "it-beoordelaar";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear(RegelingenIT.class);
        // PDFBox reads the beschikking inside the server: ship it with the test only.
        for (Class<?> c : List.of(Loader.class, RandomAccessRead.class, org.apache.fontbox.FontBoxFont.class,
                LogFactory.class)) {
            ear.addAsLibrary(jar(c));
        }
        return ear;
    }

    @EJB
    private RegelingenService regelingen;
    @EJB
    private ClientService clienten;
    @EJB
    private WachtlijstService wachtlijst;
    @Inject
    private Klok klok;
    @Inject
    private IndicatiebesluitOntvangst ontvangst;
    @Resource
    private ManagedExecutorService executor;
    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    // ---------------------------------------------------------------- meerzorg

    @Test
    void meerzorg_m04_m08_l02_vanAanvraagViaCceAdviesTotBeschikking() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.VG7);
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER,
                "Zorggroep De Linde", vandaag(), Aanvraaggegevens.voor(Leveringsvorm.PGB, Leveringsvorm.MPT)
                .gedragsproblematiek(true).zorgbehoefteUrenPerWeek(new BigDecimal("40")).bouw(), WIE));
        assertEquals(Status.ONTVANGEN, a.status());
        assertEquals(vandaag(), a.clientondersteuningAangebodenOp()); // RULES M-08
        assertEquals(vandaag().plusWeeks(8), a.beslistermijn());

        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        assertFalse(voldaan(a, "M-04"), "zonder CCE-advies is M-04 niet voldaan");
        long id = a.id();
        long versie = a.versie();
        RegelingFout zonderAdvies = assertThrows(RegelingFout.class, () -> regelingen.besluit(toekennen(id, versie,
                12, new Bedragregel(Leveringsvorm.PGB, "Meerzorg pgb", Bedrag.euro(12_000)))));
        assertTrue(zonderAdvies.getMessage().contains("CCE"), zonderAdvies.getMessage());
        assertTrue(zonderAdvies.regels().contains("M-04"));

        a = regelingen.vraagAdvies(id, a.versie(), "CCE", "Is de gevraagde meerzorg passend?", WIE);
        assertEquals(Status.ADVIES_GEVRAAGD, a.status());
        a = regelingen.legAdviesVast(id, a.versie(), vandaag(), true, "Meerzorg passend, 1-op-1 begeleiding", WIE);
        a = regelingen.voegDocumentToe(new DocumentToevoegen(id, Documenttype.CCE_ADVIES, vandaag(), "cce.pdf", pdf(),
                WIE));
        RegelingFout slecht = assertThrows(RegelingFout.class, () -> regelingen.voegDocumentToe(new DocumentToevoegen(
                id, Documenttype.ZORGPLAN, vandaag(), "zorgplan.docx", "PK\u0003\u0004".getBytes(), WIE)));
        assertTrue(slecht.getMessage().contains("geen PDF, PNG of JPEG"), slecht.getMessage());
        a = regelingen.zoek(id).orElseThrow();
        assertEquals(1, a.documenten().size());
        assertTrue(a.toetsing().stream().allMatch(BevindingView::voldaan), a.toetsing().toString());

        a = regelingen.besluit(toekennen(id, a.versie(), 12,
                new Bedragregel(Leveringsvorm.PGB, "Meerzorg, 1-op-1 begeleiding thuis", Bedrag.euro(12_000)),
                new Bedragregel(Leveringsvorm.MPT, "Meerzorg, nachtzorg door de aanbieder", Bedrag.euro("8000.50"))));
        assertEquals(Status.TOEGEKEND, a.status());
        assertEquals(Bedrag.euro("20000.50"), a.besluit().totaalPerJaar());
        assertEquals(a.besluit().periode().eind().minusMonths(3), a.besluit().heraanvraagdatum()); // RULES M-06
        assertEquals(List.of(Actie.INGEDIEND, Actie.CLIENTONDERSTEUNING_AANGEBODEN, Actie.IN_BEHANDELING_GENOMEN,
                        Actie.ADVIES_GEVRAAGD, Actie.ADVIES_VASTGELEGD, Actie.DOCUMENT_TOEGEVOEGD, Actie.TOEGEKEND),
                a.historie().stream().map(s -> s.actie()).toList());
        assertTrue(a.historie().stream().allMatch(s -> s.wie() != null && s.wanneer() != null));

        String tekst = pdfTekst(regelingen.beschikking(id).orElseThrow());
        for (String verwacht : List.of("Beschikking meerzorg", "Wij kennen u meerzorg toe", "Persoonsgebonden budget",
                "€ 12.000,00", "Modulair pakket thuis", "€ 8.000,50", "€ 20.000,50", "u beheert dit deel zelf",
                "declareert dit deel bij het zorgkantoor", "regel M-01", "regel M-02", "regel M-04", "bezwaar",
                "REG-" + id, "heraanvraag")) {
            assertTrue(tekst.contains(verwacht), "beschikking mist '" + verwacht + "': " + tekst);
        }

        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select client_id, soort, periode_begin, periode_eind, bedrag, status"
                        + " from regelingen.v_toegekende_regeling where aanvraag_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(client, rs.getLong(1));
                assertEquals("MEERZORG", rs.getString(2));
                assertEquals(vandaag(), rs.getDate(3).toLocalDate());
                assertEquals(0, new BigDecimal("20000.50").compareTo(rs.getBigDecimal(5)));
                assertEquals("TOEGEKEND", rs.getString(6));
            }
        }
    }

    @Test
    void meerzorg_m01_vv5IsNietToegankelijkEnDeAfwijzingCiteertDeRegel() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.VV5);
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER,
                null, vandaag(), Aanvraaggegevens.voor(Leveringsvorm.VERBLIJF).gedragsproblematiek(false)
                .zorgbehoefteUrenPerWeek(BigDecimal.TEN).bouw(), WIE));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        assertFalse(voldaan(a, "M-01"));
        a = regelingen.besluit(Besluiten.afwijzen(a.id(), a.versie(), "Het zorgprofiel geeft geen recht op meerzorg.",
                WIE));
        assertEquals(Status.AFGEWEZEN, a.status());
        assertTrue(a.besluit().gronden().stream().anyMatch(g -> g.regel().equals("M-01") && !g.voldaan()));
        String tekst = pdfTekst(regelingen.beschikking(a.id()).orElseThrow());
        assertTrue(tekst.contains("Wij wijzen uw aanvraag voor meerzorg af"), tekst);
        assertTrue(tekst.contains("regel M-01, niet voldaan"), tekst);
    }

    // RULES I-04
    @Test
    void i04_hetCizSignaalOpentZelfEenMeerzorgzaak() throws Exception {
        // Through the indicatie context's own write entry point: the event crosses the module boundary as in
        // production and is observed after the indicatiebesluit commits.
        Bsn bsn = Bsn.of(TestBsn.uniek('1'));
        IndicatieView eerste = ontvangst.ontvang(besluit(bsn, 1, true));
        ontvangst.ontvang(besluit(bsn, 2, true));
        List<AanvraagView> zaken = regelingen.vanClient(eerste.clientId());
        assertEquals(1, zaken.size(), "een herhaald signaal opent geen tweede zaak");
        AanvraagView zaak = zaken.get(0);
        assertEquals(Soort.MEERZORG, zaak.soort());
        assertEquals(Aanvrager.CIZ_SIGNAAL, zaak.aanvrager());
        assertEquals(Status.ONTVANGEN, zaak.status());
        assertEquals(Zorgprofiel.VG8, zaak.zorgprofiel());
        assertNotNull(zaak.clientondersteuningAangebodenOp()); // RULES M-08
        assertTrue(voldaan(zaak, "M-01"), "VG8 met CIZ-signaal: toegang via Rlz 2.2 lid 2");

        IndicatieView zonderVlag = ontvangst.ontvang(besluit(Bsn.of(TestBsn.uniek('1')), 1, false));
        assertTrue(regelingen.vanClient(zonderVlag.clientId()).isEmpty(), "zonder vlag geen zaak");
    }

    private static OntvangenIndicatiebesluit besluit(Bsn bsn, long nummer, boolean meerzorgOnderzoek) {
        return new OntvangenIndicatiebesluit(bsn, "Signaal", "Test", 'M', LocalDate.of(1990, 1, 1),
                ZorgkantoorRegio.UTRECHT, nummer, Zorgprofiel.VG8, Leveringsvorm.VERBLIJF,
                Periode.vanaf(LocalDate.now(Klok.ZONE).minusDays(1)), meerzorgOnderzoek,
                LocalDate.now(Klok.ZONE).minusDays(1), null, null);
    }

    // ---------------------------------------------------------------- toeslag

    @Test
    void toeslag_t01_t02_aangevraagdDoorDeAanbiederBinnenHetProductiejaar() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.LG6);
        Aanvraaggegevens gegevens = Aanvraaggegevens.voor(Leveringsvorm.VERBLIJF).toeslag(Toeslagsoort.HUNTINGTON)
                .aandoening("Ziekte van Huntington, vastgesteld door de neuroloog").productiejaar(vandaag().getYear())
                .bouw();
        RegelingFout doorClient = assertThrows(RegelingFout.class, () -> regelingen.dienIn(new AanvraagIndienen(
                client, Soort.TOESLAG, Aanvrager.CLIENT, null, vandaag(), gegevens, WIE)));
        assertTrue(doorClient.regels().contains("T-02"));

        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.TOESLAG, Aanvrager.ZORGAANBIEDER,
                "Zorggroep De Linde", vandaag(), gegevens, WIE));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        a = regelingen.besluit(toekennen(a.id(), a.versie(), 12,
                new Bedragregel(Leveringsvorm.VERBLIJF, "Toeslag Huntington", Bedrag.euro(9_125))));
        assertEquals(Status.TOEGEKEND, a.status());
        assertEquals(LocalDate.of(vandaag().getYear(), 12, 31), a.besluit().periode().eind());
        assertTrue(pdfTekst(regelingen.beschikking(a.id()).orElseThrow()).contains("Verblijf in een instelling"));
    }

    // ---------------------------------------------------------------- extra kosten thuis

    @Test
    void ekt_e01_e02_e06_pgbEnMptInEenBeschikking() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.VV5);
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.EKT, Aanvrager.CLIENT, null, vandaag(),
                Aanvraaggegevens.voor(Leveringsvorm.PGB, Leveringsvorm.MPT).zorgprofielOntoereikend(true).bouw(), WIE));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        assertFalse(voldaan(a, "E-06"), "zonder aanvraagformulier");
        a = regelingen.voegDocumentToe(new DocumentToevoegen(a.id(), Documenttype.AANVRAAGFORMULIER, vandaag(),
                "formulier.pdf", pdf(), "cliënt"));
        assertTrue(a.toetsing().stream().allMatch(BevindingView::voldaan), a.toetsing().toString());
        long id = a.id();
        long versie = a.versie();
        RegelingFout teVeel = assertThrows(RegelingFout.class, () -> regelingen.besluit(toekennen(id, versie, 12,
                new Bedragregel(Leveringsvorm.PGB, "Extra kosten thuis", Bedrag.euro(1_000_000)))));
        assertTrue(teVeel.regels().contains("E-02"), teVeel.getMessage());
        a = regelingen.besluit(toekennen(id, versie, 12,
                new Bedragregel(Leveringsvorm.PGB, "Extra kosten thuis, pgb-deel", Bedrag.euro(3_000)),
                new Bedragregel(Leveringsvorm.MPT, "Extra kosten thuis, mpt-deel", Bedrag.euro(2_000))));
        assertEquals(Status.TOEGEKEND, a.status());
        assertEquals(vandaag().plusMonths(12).minusDays(1), a.besluit().periode().eind()); // RULES E-07
        String tekst = pdfTekst(regelingen.beschikking(id).orElseThrow());
        assertTrue(tekst.contains("€ 3.000,00") && tekst.contains("€ 2.000,00") && tekst.contains("€ 5.000,00"), tekst);
    }

    @Test
    void ekt_e03_deDoelgroepenGoldenTot1Juli2018() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.VV5);
        AanvraagView voor = regelingen.dienIn(new AanvraagIndienen(client, Soort.EKT, Aanvrager.CLIENT, null,
                LocalDate.of(2018, 6, 30), Aanvraaggegevens.voor(Leveringsvorm.PGB).zorgprofielOntoereikend(true)
                .bouw(), WIE));
        assertFalse(voldaan(voor, "E-03"), "een oudere zonder doelgroep vóór 1 juli 2018");
        AanvraagView na = regelingen.dienIn(new AanvraagIndienen(client, Soort.EKT, Aanvrager.CLIENT, null,
                LocalDate.of(2018, 7, 1), Aanvraaggegevens.voor(Leveringsvorm.PGB).zorgprofielOntoereikend(true)
                .bouw(), WIE));
        assertTrue(voldaan(na, "E-03"), "vanaf 1 juli 2018 iedereen thuis met pgb of mpt");
        RegelingFout verblijf = assertThrows(RegelingFout.class, () -> regelingen.dienIn(new AanvraagIndienen(client,
                Soort.EKT, Aanvrager.ZORGAANBIEDER, null, vandaag(), Aanvraaggegevens.voor(Leveringsvorm.VERBLIJF)
                .bouw(), WIE)));
        assertTrue(verblijf.regels().contains("E-06"));
        for (AanvraagView a : List.of(voor, na)) {
            regelingen.trekIn(a.id(), a.versie(), "Testaanvraag", WIE);
        }
    }

    @Test
    void ekt_e05_nietNaastMeerzorg() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.VG7 && c.leeftijdOnder(80));
        AanvraagView mz = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER,
                null, vandaag(), Aanvraaggegevens.voor(Leveringsvorm.MPT).gedragsproblematiek(false)
                .zorgbehoefteUrenPerWeek(new BigDecimal("35")).bouw(), WIE));
        mz = regelingen.neemInBehandeling(mz.id(), mz.versie(), WIE);
        regelingen.legHuisbezoekVast(mz.id(), vandaag(), "Cliënt thuis bezocht", WIE);
        mz = regelingen.zoek(mz.id()).orElseThrow();
        mz = regelingen.besluit(toekennen(mz.id(), mz.versie(), 12,
                new Bedragregel(Leveringsvorm.MPT, "Meerzorg", Bedrag.euro(15_000))));
        assertEquals(Status.TOEGEKEND, mz.status());

        AanvraagView ekt = regelingen.dienIn(new AanvraagIndienen(client, Soort.EKT, Aanvrager.ZORGAANBIEDER, null,
                vandaag(), Aanvraaggegevens.voor(Leveringsvorm.MPT).zorgprofielOntoereikend(true).bouw(), WIE));
        assertFalse(voldaan(ekt, "E-05"));
        regelingen.trekIn(ekt.id(), ekt.versie(), "Niet naast meerzorg", WIE);
    }

    // ---------------------------------------------------------------- pab

    @Test
    void pab_p01_p05_naGesprekEnFormulierenVerhoogdPgb() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.LG7 && !c.leeftijdOnder(18));
        Aanvraaggegevens.Bouwer gegevens = Aanvraaggegevens.voor(Leveringsvorm.PGB).medischeNoodzaak(true)
                .cognitieveBeperking(false).vertegenwoordiger(false).mantelzorg(true)
                .extraUrenPerWeek(new BigDecimal("28")).uurtarief(new BigDecimal("35.00"));
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.PAB, Aanvrager.CLIENT, null, vandaag(),
                gegevens.cognitieveBeperking(true).bouw(), WIE));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        assertFalse(voldaan(a, "P-02"), "met een cognitieve beperking geen pab");
        a = regelingen.werkGegevensBij(a.id(), a.versie(), gegevens.cognitieveBeperking(false).bouw(), WIE,
                "Na gesprek: geen cognitieve beperking");
        assertFalse(voldaan(a, "P-03"));
        a = regelingen.voegDocumentToe(new DocumentToevoegen(a.id(), Documenttype.EIGEN_REGIE_FORMULIER, vandaag(),
                "eigen-regie.pdf", pdf(), "cliënt"));
        a = regelingen.voegDocumentToe(new DocumentToevoegen(a.id(), Documenttype.MEDISCH_OORDEEL, vandaag(),
                "oordeel.pdf", pdf(), "cliënt"));
        a = regelingen.legGesprekVast(a.id(), vandaag(), "Cliënt thuis gesproken", WIE);
        assertTrue(a.toetsing().stream().allMatch(BevindingView::voldaan), a.toetsing().toString());
        a = regelingen.besluit(toekennen(a.id(), a.versie(), 12));
        assertEquals(Status.TOEGEKEND, a.status());
        // RULES P-05: (28 - 8) hours × € 35 × 52 weeks
        assertEquals(Bedrag.euro(20 * 35 * 52), a.besluit().totaalPerJaar());
        assertTrue(pdfTekst(regelingen.beschikking(a.id()).orElseThrow()).contains("Persoonlijk assistentiebudget"));
    }

    // ---------------------------------------------------------------- overbruggingszorg

    @Test
    void overbrugging_o01_o02_alleenWieWachtEnDuurTegenDeNorm() throws Exception {
        ClientView wachtend = clienten.registreer(new NieuweClient(Bsn.of(TestBsn.uniek('1')), "Wacht", "Op Opname", 'V',
                LocalDate.of(1935, 4, 1), ZorgkantoorRegio.UTRECHT));
        ClientView nietWachtend = clienten.registreer(new NieuweClient(Bsn.of(TestBsn.uniek('1')), "Wacht", "Niet", 'V',
                LocalDate.of(1936, 4, 1), ZorgkantoorRegio.UTRECHT));
        wachtlijst.registreer(new LeveringsstatusMelding(wachtend.id(), ZorgkantoorRegio.UTRECHT, Zorgprofiel.VV6,
                Leveringsstatus.ACTIEF_PLAATSEN, null, null, vandaag().minusDays(10), Instant.now(), "RegelingenIT"));

        AanvraagView niet = regelingen.dienIn(new AanvraagIndienen(nietWachtend.id(), Soort.OVERBRUGGINGSZORG,
                Aanvrager.ZORGKANTOOR, null, vandaag(), Aanvraaggegevens.voor(Leveringsvorm.MPT).bouw(), WIE));
        niet = regelingen.neemInBehandeling(niet.id(), niet.versie(), WIE);
        assertFalse(voldaan(niet, "O-01"));
        long nietId = niet.id();
        long nietVersie = niet.versie();
        assertThrows(RegelingFout.class, () -> regelingen.besluit(toekennen(nietId, nietVersie, 2)));

        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(wachtend.id(), Soort.OVERBRUGGINGSZORG,
                Aanvrager.ZORGKANTOOR, null, vandaag(), Aanvraaggegevens.voor(Leveringsvorm.MPT)
                .alternatiefGeweigerd(true).bouw(), WIE));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        assertTrue(voldaan(a, "O-01"));
        a = regelingen.besluit(toekennen(a.id(), a.versie(), 6));
        assertTrue(a.besluit().langerDanNorm(), "zes maanden is langer dan de norm van 13 weken");
        long id = a.id();
        assertTrue(regelingen.werkvoorraad(wachtend.id(), 0, 20).items().stream()
                .anyMatch(w -> w.aanvraagId() == id && w.signaal() == Werksignaal.OVERBRUGGING_LANGER_DAN_NORM));
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select langer_dan_norm, alternatief_geweigerd, norm_dagen from regelingen.v_overbruggingszorg"
                        + " where aanvraag_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1));
                assertTrue(rs.getBoolean(2));
                assertEquals(91, rs.getInt(3));
            }
        }
    }

    // ---------------------------------------------------------------- deadlines, expiry, concurrency

    // RULES E-08, M-06
    @Test
    void e08_m06_termijnenEnVerloopMetVerschovenKlok() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.LG5);
        AanvraagView open = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER,
                null, vandaag(), somatischeMeerzorg(), WIE));
        AanvraagView toegekend = toegekendeMeerzorg(client);
        LocalDate heraanvraag = toegekend.besluit().heraanvraagdatum();
        LocalDate einde = toegekend.besluit().periode().eind();

        klok.verschuif(Duration.ofDays(7 * 7)); // 7 weeks: the beslistermijn nears
        assertTrue(heeftSignaal(client, open.id(), Werksignaal.BESLISTERMIJN_NADERT));
        klok.verschuif(Duration.ofDays(14)); // 9 weeks: passed
        assertTrue(heeftSignaal(client, open.id(), Werksignaal.BESLISTERMIJN_VERSTREKEN));
        assertFalse(heeftSignaal(client, open.id(), Werksignaal.BESLISTERMIJN_NADERT));

        klok.herstel();
        klok.verschuif(Duration.ofDays(ChronoUnit.DAYS.between(vandaag(), heraanvraag) + 1));
        assertTrue(heeftSignaal(client, toegekend.id(), Werksignaal.HERAANVRAAG_VERSTREKEN));
        AanvraagView vervolg = regelingen.dienHeraanvraagIn(toegekend.id(), null, null, "Zorggroep De Linde");
        assertEquals(toegekend.id(), vervolg.vorigeAanvraagId());
        assertTrue(vervolg.historie().stream().anyMatch(s -> s.waarom() != null && s.waarom().contains("te laat")));
        assertFalse(heeftSignaal(client, toegekend.id(), Werksignaal.HERAANVRAAG_VERSTREKEN));

        klok.herstel();
        klok.verschuif(Duration.ofDays(ChronoUnit.DAYS.between(vandaag(), einde) + 1));
        assertTrue(regelingen.verwerkVerlopen() >= 1);
        assertEquals(Status.VERLOPEN, regelingen.zoek(toegekend.id()).orElseThrow().status());
    }

    @Test
    void tweeBeoordelaarsBesluitenTegelijkEnEenWint() throws Exception {
        long client = democlient(c -> c.zorgprofiel() == Zorgprofiel.LG5);
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER,
                null, vandaag(), somatischeMeerzorg(), WIE));
        AanvraagView klaar = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AanvraagView>> pogingen = new ArrayList<>();
        for (String wie : List.of("beoordelaar-1", "beoordelaar-2")) {
            pogingen.add(executor.submit(() -> {
                start.await();
                return regelingen.besluit(new Besluiten(klaar.id(), klaar.versie(), Uitkomst.TOEGEKEND, vandaag(),
                        12, List.of(new Bedragregel(Leveringsvorm.VERBLIJF, "Meerzorg", Bedrag.euro(10_000))),
                        "Besloten door " + wie, wie, null, null));
            }));
        }
        start.countDown();
        int gewonnen = 0;
        List<String> fouten = new ArrayList<>();
        for (Future<AanvraagView> poging : pogingen) {
            try {
                assertEquals(Status.TOEGEKEND, poging.get().status());
                gewonnen++;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof RegelingFout, "onverwacht: " + e.getCause());
                fouten.add(e.getCause().getMessage());
            }
        }
        assertEquals(1, gewonnen);
        assertEquals(List.of(RegelingFout.GELIJKTIJDIG), fouten);
        AanvraagView na = regelingen.zoek(klaar.id()).orElseThrow();
        assertEquals(1, na.historie().stream().filter(s -> s.actie() == Actie.TOEGEKEND).count());
    }

    // ---------------------------------------------------------------- helpers

    private AanvraagView toegekendeMeerzorg(long client) {
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER, null,
                vandaag(), somatischeMeerzorg(), WIE));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), WIE);
        return regelingen.besluit(toekennen(a.id(), a.versie(), 12,
                new Bedragregel(Leveringsvorm.VERBLIJF, "Meerzorg", Bedrag.euro(10_000))));
    }

    private static Aanvraaggegevens somatischeMeerzorg() {
        return Aanvraaggegevens.voor(Leveringsvorm.VERBLIJF).gedragsproblematiek(false)
                .zorgbehoefteUrenPerWeek(new BigDecimal("40")).bouw();
    }

    private boolean heeftSignaal(long client, long aanvraagId, Werksignaal signaal) {
        List<WerkitemView> items = regelingen.werkvoorraad(client, 0, 500).items();
        return items.stream().anyMatch(w -> w.aanvraagId() == aanvraagId && w.signaal() == signaal);
    }

    private LocalDate vandaag() {
        return klok.vandaag();
    }

    private static Besluiten toekennen(long id, long versie, int maanden, Bedragregel... regels) {
        return Besluiten.toekennen(id, versie, LocalDate.now(Klok.ZONE), maanden, List.of(regels),
                "Aan alle voorwaarden voldaan.", WIE);
    }

    private static boolean voldaan(AanvraagView a, String regel) {
        List<BevindingView> van = a.toetsing().stream().filter(b -> b.regel().equals(regel)).toList();
        assertFalse(van.isEmpty(), "regel " + regel + " niet getoetst: " + a.toetsing());
        return van.stream().allMatch(BevindingView::voldaan);
    }

    /** A demo client (ids 1..n are the same in every context) that fits; the population is deterministic. */
    private static long democlient(Predicate<Demo> past) {
        DemoPopulatie populatie = DemoInstellingen.populatie();
        for (long n = 1; n <= populatie.aantal(); n++) {
            Demo c = new Demo(populatie.client(n));
            if (past.test(c)) {
                return n;
            }
        }
        throw new IllegalStateException("geen passende democliënt");
    }

    /** A demo client with the questions the tests ask of it. */
    private record Demo(DemoClient client) {
        Zorgprofiel zorgprofiel() {
            return client.zorgprofiel();
        }

        boolean leeftijdOnder(int jaar) {
            return client.geboortedatum().plusYears(jaar).isAfter(LocalDate.now(Klok.ZONE));
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n% testdocument\n".getBytes();
    }

    private static String pdfTekst(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }


    private static File jar(Class<?> klasse) {
        try {
            return new File(klasse.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
