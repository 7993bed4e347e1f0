package nl.zorgkantoor.wlz.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagIndienen;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraaggegevens;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Besluiten;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security foundation on the real server: demo accounts with bcrypt hashes log in through the form, the realm
 * gives roles and region, security headers, logout, CSRF, region isolation on the dossier, and the audit trail.
 * Demo client n lives in region DEMO_REGIOS[(n-1) % 3]: 1 Utrecht 5509, 2 Amsterdam 5515, 3 Rotterdam 5521.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ToegangIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ToegangIT.class, WebSessie.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @Test
    @Order(1)
    @RunAsClient
    void elkeDemogebruikerLogtInEnKrijgtRollenEnRegioUitHetRealm() {
        Map<String, String> verwacht = Map.of(
                "medewerker.utrecht", "[\"MEDEWERKER\"],\"regio\":\"5509\"",
                "beoordelaar.utrecht", "[\"BEOORDELAAR\"],\"regio\":\"5509\"",
                "medewerker.amsterdam", "[\"MEDEWERKER\"],\"regio\":\"5515\"",
                "beoordelaar.amsterdam", "[\"BEOORDELAAR\"],\"regio\":\"5515\"",
                "medewerker.rotterdam", "[\"MEDEWERKER\"],\"regio\":\"5521\"",
                "beoordelaar.rotterdam", "[\"BEOORDELAAR\"],\"regio\":\"5521\"",
                "beheerder", "[\"BEHEERDER\"],\"regio\":null",
                "toezichthouder", "[\"TOEZICHTHOUDER\"],\"regio\":null");
        verwacht.forEach((gebruiker, rollenEnRegio) -> {
            HttpResponse<String> mij = WebSessie.ingelogd(gebruiker).get("/wlz/api/mij");
            assertEquals(200, mij.statusCode(), gebruiker + ": " + mij.body());
            assertEquals("{\"naam\":\"" + gebruiker + "\",\"rollen\":" + rollenEnRegio + "}", mij.body());
        });
        // A chain partner's machine account authenticates, but no page or REST resource is for it.
        WebSessie ketenpartner = WebSessie.ingelogd("ketenpartner");
        assertEquals(403, ketenpartner.get("/wlz/api/mij").statusCode());
        assertEquals(403, ketenpartner.get("/wlz/index.xhtml").statusCode());
    }

    @Test
    @Order(2)
    @RunAsClient
    void eenFoutWachtwoordGeeftDeFoutmeldingEnGeenSessie() {
        WebSessie sessie = WebSessie.anoniem();
        sessie.get("/wlz/index.xhtml");
        HttpResponse<String> fout = sessie.postFormulier("/wlz/j_security_check",
                Map.of("j_username", "beheerder", "j_password", "fout-wachtwoord-123"));
        HttpResponse<String> pagina = fout.statusCode() == 200 ? fout : sessie.volg("/wlz/login.xhtml?fout=1");
        assertTrue(pagina.body().contains("Gebruikersnaam of wachtwoord onjuist"), pagina.body());
        assertTrue(WebSessie.isLoginFormulier(sessie.get("/wlz/index.xhtml")));
    }

    @Test
    @Order(3)
    @RunAsClient
    void apiClientsMogenMetHttpBasicInloggen() {
        String basic = java.util.Base64.getEncoder().encodeToString(
                ("beoordelaar.rotterdam:" + WebSessie.DEMO_WACHTWOORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> mij = ItOmgeving.verstuur(java.net.http.HttpRequest.newBuilder(
                ItOmgeving.http("/wlz/api/mij")).header("Authorization", "Basic " + basic).GET().build());
        assertEquals(200, mij.statusCode(), mij.body());
        assertTrue(mij.body().contains("\"regio\":\"5521\""), mij.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void elkeAntwoordHeeftDeBeveiligingsheadersEnPaginasMetGegevensWordenNietBewaard() {
        WebSessie sessie = WebSessie.ingelogd("medewerker.utrecht");
        HttpResponse<String> start = sessie.get("/wlz/index.xhtml");
        assertEquals(200, start.statusCode());
        String csp = start.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline"), csp);
        assertEquals("DENY", start.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", start.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", start.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(start.body().contains("medewerker.utrecht"), start.body());
        assertFalse(start.body().contains("<script>"), "geen inline script: de CSP verbiedt het");
    }

    @Test
    @Order(5)
    @RunAsClient
    void uitloggenBeeindigtDeSessieOpDeServer() {
        WebSessie sessie = WebSessie.ingelogd("beoordelaar.amsterdam");
        HttpResponse<String> start = sessie.get("/wlz/index.xhtml");
        HttpResponse<String> uit = sessie.postFaces("/wlz/index.xhtml", start.body(), "uitloggen", Map.of(),
                "uitloggen:knop");
        assertEquals(302, uit.statusCode(), uit.body());
        assertTrue(uit.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertTrue(WebSessie.isLoginFormulier(sessie.get("/wlz/index.xhtml")), "na uitloggen opnieuw inloggen");
    }

    @Test
    @Order(6)
    @RunAsClient
    void eenFormulierZonderGeldigeViewStateWordtGeweigerdCsrf() {
        WebSessie sessie = WebSessie.ingelogd("beoordelaar.amsterdam");
        HttpResponse<String> start = sessie.get("/wlz/index.xhtml");
        String vervalst = start.body().replace(WebSessie.viewState(start.body()), "-123456789:987654321");
        HttpResponse<String> aanval = sessie.postFaces("/wlz/index.xhtml", vervalst, "uitloggen", Map.of(),
                "uitloggen:knop");
        assertNotEquals(302, aanval.statusCode(), "een post met een vervalste view state mag niets doen");
        assertTrue(aanval.body().contains("sessie-verlopen"), aanval.body());
        assertEquals(200, sessie.get("/wlz/api/mij").statusCode(), "de sessie bestaat nog: er is niet uitgelogd");
    }

    @Test
    @Order(7)
    @RunAsClient
    void eenBeschermdePaginaOpentAlleenViaEenLinkVanDeApplicatieZelf() {
        WebSessie beheerder = WebSessie.ingelogd("beheerder");
        HttpResponse<String> direct = beheerder.get("/wlz/app/beheer/gebruikers.xhtml");
        assertTrue(direct.body().contains("id=\"geen-toegang\""), "zonder token geweigerd: " + direct.body());
        String token = WebSessie.token(beheerder.get("/wlz/index.xhtml").body());
        HttpResponse<String> viaLink = beheerder.get("/wlz/app/beheer/gebruikers.xhtml?jakarta.faces.Token=" + token);
        assertEquals(200, viaLink.statusCode(), viaLink.body());
        assertTrue(viaLink.body().contains("medewerker.utrecht"), viaLink.body());
    }

    @Test
    @Order(8)
    @RunAsClient
    void eenMedewerkerZietAlleenHetDossierVanEenClientUitDeEigenRegio() {
        WebSessie utrecht = WebSessie.ingelogd("medewerker.utrecht");
        HttpResponse<String> eigen = utrecht.get("/wlz/app/clienten/dossier.xhtml?client=1");
        assertEquals(200, eigen.statusCode(), eigen.body());
        assertTrue(eigen.body().contains("Utrecht (5509)"), eigen.body());
        assertTrue(eigen.body().contains("Indicatiebesluiten"), eigen.body());

        HttpResponse<String> ander = utrecht.get("/wlz/app/clienten/dossier.xhtml?client=2");
        assertEquals(403, ander.statusCode(), ander.body());
        assertTrue(ander.body().contains("id=\"geen-toegang\""));
        assertFalse(ander.body().contains("5515"), "niets van de cliënt uit Amsterdam lekt in de weigering");

        assertEquals(404, utrecht.get("/wlz/app/clienten/dossier.xhtml?client=999999999").statusCode());
        assertEquals(403, WebSessie.ingelogd("beheerder").get("/wlz/app/clienten/dossier.xhtml?client=1").statusCode(),
                "een beheerder ziet geen cliëntgegevens");
    }

    @Test
    @Order(9)
    void deAuditTrailLegtInzageEnWeigeringVastMetWieWatWanneerEnWaarvandaan() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select uitkomst, actie, onderwerp, regio_code, rollen, herkomst, hash, vorige_hash from toegang.audit_regel"
                        + " where gebruiker = 'medewerker.utrecht' and client_id = ? order by volgnummer desc")) {
            st.setLong(1, 1);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "inzage van cliënt 1 niet vastgelegd");
                assertEquals("TOEGESTAAN", rs.getString(1));
                assertEquals("INZIEN", rs.getString(2));
                assertEquals("cliëntdossier", rs.getString(3));
                assertEquals("5509", rs.getString(4));
                assertEquals("MEDEWERKER", rs.getString(5));
                assertTrue(rs.getString(6).matches("[0-9a-f.:]+"), rs.getString(6));
                assertEquals(64, rs.getString(7).length());
                assertNotEquals(rs.getString(7), rs.getString(8));
            }
            st.setLong(1, 2);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "geweigerde poging op cliënt 2 niet vastgelegd");
                assertEquals("GEWEIGERD", rs.getString(1));
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*), max(volgnummer), min(volgnummer) from toegang.audit_regel");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2) - rs.getLong(3) + 1, "volgnummers zonder gaten");
        }
    }

    /** Who may open what: the specification of README "Rollen en toegang", as data. */
    private static final List<String> MET_REGIO = List.of("medewerker.utrecht", "beoordelaar.utrecht",
            "medewerker.amsterdam", "beoordelaar.amsterdam", "medewerker.rotterdam", "beoordelaar.rotterdam");
    private static final List<String> ZONDER_REGIO = List.of("beheerder", "toezichthouder", "ketenpartner");
    private static final String ANONIEM = "anoniem";

    private static boolean magOpenen(String wie, String pad) {
        boolean staf = !wie.equals(ANONIEM) && !wie.equals("ketenpartner");
        boolean clientgegevens = wie.startsWith("medewerker.") || wie.startsWith("beoordelaar.");
        if (pad.equals("/wlz/api/health")) {
            return true;
        }
        if (pad.equals("/wlz/index.xhtml") || pad.equals("/wlz/api/mij") || pad.startsWith("/wlz/api/budget/")) {
            return staf;
        }
        if (pad.equals("/wlz/app/clienten/zoeken.xhtml") || pad.equals("/wlz/app/regelingen/aanvragen.xhtml")
                || pad.equals("/wlz/app/werkvoorraad/index.xhtml")) {
            return clientgegevens;
        }
        if (pad.startsWith("/wlz/app/clienten/dossier.xhtml?client=")) {
            // demo client 1, 2, 3 live in Utrecht, Amsterdam, Rotterdam
            String regio = switch (pad.charAt(pad.length() - 1)) {
                case '1' -> "utrecht";
                case '2' -> "amsterdam";
                default -> "rotterdam";
            };
            return clientgegevens && wie.endsWith("." + regio);
        }
        if (pad.startsWith("/wlz/api/rapporten/")) {
            return wie.equals("beheerder") || wie.equals("toezichthouder");
        }
        if (pad.startsWith("/wlz/app/beheer/")) {
            return wie.equals("beheerder");
        }
        if (pad.startsWith("/wlz/app/budget/")) {
            return clientgegevens;
        }
        if (pad.startsWith("/wlz/app/rapporten/")) {
            return wie.equals("beheerder") || wie.equals("toezichthouder");
        }
        if (pad.startsWith("/wlz/app/wachtlijst/")) {
            // RULES W-08: region staff see their own region's aggregates, a supervisor any region's
            return clientgegevens || wie.equals("toezichthouder");
        }
        throw new IllegalArgumentException(pad);
    }

    @Test
    @Order(10)
    @RunAsClient
    void matrixElkePaginaEnElkRestEindpuntTegenElkeRolEnAnoniemOokOverRegiogrenzen() {
        List<String> paden = List.of("/wlz/index.xhtml", "/wlz/app/clienten/zoeken.xhtml",
                "/wlz/app/clienten/dossier.xhtml?client=1", "/wlz/app/clienten/dossier.xhtml?client=2",
                "/wlz/app/clienten/dossier.xhtml?client=3", "/wlz/app/beheer/audit.xhtml",
                "/wlz/app/beheer/gebruikers.xhtml", "/wlz/api/mij", "/wlz/api/health",
                "/wlz/app/budget/signalen.xhtml", "/wlz/app/beheer/signaalruns.xhtml", "/wlz/app/rapporten/scenario.xhtml",
                "/wlz/api/budget/scenario?peildatum=2026-06-01&regio=5509", "/wlz/app/budget/calculator.xhtml",
                "/wlz/app/regelingen/aanvragen.xhtml", "/wlz/app/werkvoorraad/index.xhtml");
        paden = new java.util.ArrayList<>(paden);
        paden.addAll(List.of("/wlz/app/rapporten/archief.xhtml", "/wlz/app/wachtlijst/overzicht.xhtml",
                "/wlz/app/beheer/nzameldingen.xhtml", "/wlz/app/beheer/streefnormen.xhtml",
                "/wlz/app/beheer/partners.xhtml", "/wlz/app/beheer/tarieven.xhtml",
                "/wlz/api/rapporten/wachtlijst/2026-09-01"));
        List<String> wie = new java.util.ArrayList<>(MET_REGIO);
        wie.addAll(ZONDER_REGIO);
        wie.add(ANONIEM);
        List<String> afwijkingen = new java.util.ArrayList<>();
        int cellen = 0;
        for (String gebruiker : wie) {
            WebSessie sessie = gebruiker.equals(ANONIEM) ? WebSessie.anoniem() : WebSessie.ingelogd(gebruiker);
            HttpResponse<String> start = sessie.get("/wlz/index.xhtml");
            // Protected views need the session's token, which the application's own links carry.
            String token = start.statusCode() == 200 && start.body().contains("jakarta.faces.Token=")
                    ? "?jakarta.faces.Token=" + WebSessie.token(start.body()) : "";
            for (String pad : paden) {
                String url = pad.endsWith("gebruikers.xhtml") ? pad + token : pad;
                HttpResponse<String> antwoord = sessie.get(url);
                boolean toegestaan = antwoord.statusCode() == 200 && !WebSessie.isLoginFormulier(antwoord)
                        && !antwoord.body().contains("id=\"geen-toegang\"");
                boolean geweigerd = WebSessie.isLoginFormulier(antwoord) || antwoord.statusCode() == 403;
                boolean verwacht = magOpenen(gebruiker, pad);
                if (verwacht ? !toegestaan : !geweigerd) {
                    afwijkingen.add(gebruiker + " " + pad + " -> " + antwoord.statusCode()
                            + (verwacht ? " (moest toegestaan zijn)" : " (moest geweigerd zijn)"));
                }
                cellen++;
            }
        }
        assertEquals(List.of(), afwijkingen);
        assertEquals(10 * paden.size(), cellen);
    }

    @Test
    @Order(11)
    void deAuditTrailBevatDeGeweigerdeRegiooverschrijdendePogingenUitDeMatrix() throws Exception {
        for (String gebruiker : MET_REGIO) {
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "select count(distinct client_id) from toegang.audit_regel where gebruiker = ? and uitkomst = 'GEWEIGERD'"
                            + " and onderwerp = 'cliëntdossier' and client_id in (1, 2, 3)")) {
                st.setString(1, gebruiker);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(2, rs.getInt(1), gebruiker + ": beide cliënten van andere regio's geweigerd en vastgelegd");
                }
            }
        }
    }

    /**
     * issue 4: the iWlz SOAP endpoints x every account and anonymous. Only a chain partner's own account gets its
     * message processed; anonymous callers get 401, staff 403, and a KETENPARTNER account that is not the message's
     * Afzender (the generic demo account, the other aanbieder, the CIZ on the aanbieder service) a 0001 retour.
     */
    @Test
    @Order(12)
    @RunAsClient
    void matrixSoapEindpuntenTegenElkeRolKetenpartnerAndereKetenpartnerEnAnoniem() {
        List<String> wie = new java.util.ArrayList<>(MET_REGIO);
        wie.addAll(ZONDER_REGIO);
        wie.addAll(List.of(DemoKetenpartners.CIZ, DemoKetenpartners.AANBIEDER, DemoKetenpartners.ANDERE_AANBIEDER,
                ANONIEM));
        List<String> afwijkingen = new java.util.ArrayList<>();
        int cellen = 0;
        for (String gebruiker : wie) {
            for (String pad : List.of("/uitwisseling/CizService", "/uitwisseling/ZorgaanbiederService")) {
                String bsn = TestBsn.uniek('1');
                String id = "TG" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
                String bericht = pad.endsWith("CizService")
                        ? Voorbeeldberichten.io31(id, bsn, 1, "754", java.time.LocalDate.of(2025, 3, 1))
                        : Voorbeeldberichten.aw39(id, bsn, 1, "754", java.time.LocalDate.of(2025, 3, 1),
                        java.time.LocalDate.of(2025, 3, 5), "1");
                var request = java.net.http.HttpRequest.newBuilder(ItOmgeving.http(pad))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Voorbeeldberichten.envelop(bericht)));
                if (!gebruiker.equals(ANONIEM)) {
                    String wachtwoord = DemoKetenpartners.ALLE.stream().anyMatch(p -> p.account().equals(gebruiker))
                            ? DemoKetenpartners.WACHTWOORD : WebSessie.DEMO_WACHTWOORD;
                    request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (gebruiker + ":" + wachtwoord).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                HttpResponse<String> antwoord = ItOmgeving.verstuur(request.build());
                String uitkomst = antwoord.statusCode() != 200 ? String.valueOf(antwoord.statusCode())
                        : antwoord.body().contains(">0001<") ? "0001" : "verwerkt";
                String verwacht = soapUitkomst(gebruiker, pad);
                if (!verwacht.equals(uitkomst)) {
                    afwijkingen.add(gebruiker + " " + pad + " -> " + uitkomst + " (verwacht " + verwacht + ")");
                }
                cellen++;
            }
        }
        assertEquals(List.of(), afwijkingen);
        assertEquals(13 * 2, cellen);
    }

    private static String soapUitkomst(String wie, String pad) {
        if (wie.equals(ANONIEM)) {
            return "401";
        }
        boolean partner = DemoKetenpartners.ALLE.stream().anyMatch(p -> p.account().equals(wie));
        if (!partner && !wie.equals("ketenpartner")) {
            return "403";
        }
        boolean eigenDienst = pad.endsWith("CizService") ? wie.equals(DemoKetenpartners.CIZ)
                : wie.equals(DemoKetenpartners.AANBIEDER);
        return eigenDienst ? "verwerkt" : "0001";
    }


    /** Berichtenverkeer (issue 4): MEDEWERKER and BEOORDELAAR only (web.xml), each limited to the own region. */
    @Test
    @Order(13)
    @RunAsClient
    void matrixBerichtenverkeerTegenElkeRolEnAnoniem() {
        List<String> wie = new java.util.ArrayList<>(MET_REGIO);
        wie.addAll(ZONDER_REGIO);
        wie.add(DemoKetenpartners.CIZ);
        wie.add(ANONIEM);
        List<String> afwijkingen = new java.util.ArrayList<>();
        for (String gebruiker : wie) {
            WebSessie sessie = gebruiker.equals(ANONIEM) ? WebSessie.anoniem()
                    : DemoKetenpartners.CIZ.equals(gebruiker) ? WebSessie.ingelogd(gebruiker, DemoKetenpartners.WACHTWOORD)
                    : WebSessie.ingelogd(gebruiker);
            HttpResponse<String> antwoord = sessie.get("/wlz/app/berichten/index.xhtml");
            boolean toegestaan = antwoord.statusCode() == 200 && !WebSessie.isLoginFormulier(antwoord)
                    && antwoord.body().contains("Berichtenverkeer");
            boolean geweigerd = WebSessie.isLoginFormulier(antwoord) || antwoord.statusCode() == 403;
            boolean verwacht = MET_REGIO.contains(gebruiker);
            if (verwacht ? !toegestaan : !geweigerd) {
                afwijkingen.add(gebruiker + " -> " + antwoord.statusCode());
            }
        }
        assertEquals(List.of(), afwijkingen);
    }

    // ---------------------------------------------------------------- regelingen, werkvoorraad, sessie, inloggen

    @EJB
    private RegelingenService regelingen;

    private static final List<String> REGIOS = List.of("5509", "5515", "5521");

    /** A new case of demo client 1, 2 or 3 (Utrecht, Amsterdam, Rotterdam), filed without a login (no region). */
    private long aanvraag(long client, boolean besloten) {
        AanvraagView a = regelingen.dienIn(new AanvraagIndienen(client, Soort.MEERZORG, Aanvrager.ZORGAANBIEDER,
                "ToegangIT", LocalDate.now(Klok.ZONE), Aanvraaggegevens.voor(Leveringsvorm.VERBLIJF).bouw(), "toegang-it"));
        a = regelingen.neemInBehandeling(a.id(), a.versie(), "toegang-it");
        if (besloten) {
            a = regelingen.besluit(Besluiten.afwijzen(a.id(), a.versie(), "Matrixtest van de toegang.", "toegang-it"));
        }
        return a.id();
    }

    @Test
    @Order(20)
    void matrixAanvraagEnBeschikkingPerRolEnRegioOokMetBewerkteIdsInDeUrl() {
        long[] besloten = {aanvraag(1, true), aanvraag(2, true), aanvraag(3, true)};
        long open = aanvraag(1, false);
        List<String> wie = new java.util.ArrayList<>(MET_REGIO);
        wie.addAll(ZONDER_REGIO);
        wie.add(ANONIEM);
        List<String> afwijkingen = new java.util.ArrayList<>();
        int cellen = 0;
        for (String gebruiker : wie) {
            WebSessie sessie = gebruiker.equals(ANONIEM) ? WebSessie.anoniem() : WebSessie.ingelogd(gebruiker);
            for (int r = 0; r < 3; r++) {
                boolean verwacht = (gebruiker.startsWith("medewerker.") || gebruiker.startsWith("beoordelaar."))
                        && gebruiker.endsWith("." + List.of("utrecht", "amsterdam", "rotterdam").get(r));
                for (String pad : List.of("/wlz/app/regelingen/aanvraag.xhtml?aanvraag=" + besloten[r],
                        "/wlz/app/regelingen/bestand?aanvraag=" + besloten[r])) {
                    HttpResponse<byte[]> antwoord = sessie.bytes(pad);
                    String tekst = new String(antwoord.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    boolean loginpagina = antwoord.statusCode() == 200 && tekst.contains("j_security_check");
                    boolean toegestaan = antwoord.statusCode() == 200 && !loginpagina && !tekst.contains("id=\"geen-toegang\"")
                            && (pad.contains("bestand") ? tekst.startsWith("%PDF-") : tekst.contains("REG-" + besloten[r]));
                    boolean geweigerd = loginpagina || antwoord.statusCode() == 403;
                    if (verwacht ? !toegestaan : !geweigerd) {
                        afwijkingen.add(gebruiker + " " + pad + " -> " + antwoord.statusCode());
                    }
                    if (!verwacht && tekst.contains("REG-" + besloten[r])) {
                        afwijkingen.add(gebruiker + " " + pad + ": de weigering noemt de aanvraag");
                    }
                    cellen++;
                }
            }
        }
        assertEquals(List.of(), afwijkingen);
        assertEquals(10 * 3 * 2, cellen);

        // Only a beoordelaar gets the decision form; a medewerker of the same region prepares only.
        String beoordelaar = WebSessie.ingelogd("beoordelaar.utrecht").get("/wlz/app/regelingen/aanvraag.xhtml?aanvraag=" + open).body();
        String medewerker = WebSessie.ingelogd("medewerker.utrecht").get("/wlz/app/regelingen/aanvraag.xhtml?aanvraag=" + open).body();
        assertTrue(beoordelaar.contains("id=\"besluitform\""), beoordelaar);
        assertFalse(medewerker.contains("id=\"besluitform\""), "een medewerker besluit niet");
        assertTrue(medewerker.contains("id=\"document\""), "een medewerker voegt wel documenten toe");
        // Unknown or malformed ids: 404, never an error page with details.
        WebSessie utrecht = WebSessie.ingelogd("medewerker.utrecht");
        assertEquals(404, utrecht.get("/wlz/app/regelingen/aanvraag.xhtml?aanvraag=999999999999").statusCode());
        assertEquals(404, utrecht.get("/wlz/app/regelingen/bestand?aanvraag=abc").statusCode());
        assertEquals(404, utrecht.get("/wlz/app/regelingen/bestand?aanvraag=" + besloten[0] + "&document=999999999").statusCode());
    }

    @Test
    @Order(21)
    void deLijstenVanAanvragenTonenAlleenDeEigenRegio() {
        for (int r = 0; r < 3; r++) {
            aanvraag(r + 1, false);
        }
        for (String gebruiker : MET_REGIO) {
            String eigen = REGIOS.get(MET_REGIO.indexOf(gebruiker) / 2);
            WebSessie sessie = WebSessie.ingelogd(gebruiker);
            for (String pad : List.of("/wlz/app/regelingen/aanvragen.xhtml", "/wlz/app/werkvoorraad/index.xhtml")) {
                String pagina = sessie.get(pad).body();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td class=\"regio\">([0-9]{4})</td>").matcher(pagina);
                int rijen = 0;
                while (m.find()) {
                    assertEquals(eigen, m.group(1), gebruiker + " ziet een aanvraag van een andere regio op " + pad);
                    rijen++;
                }
                assertTrue(rijen > 0, gebruiker + ": geen aanvragen op " + pad + ": " + pagina);
            }
        }
    }

    @Test
    @Order(22)
    void deAuditTrailBevatDeInzagenDownloadsEnGeweigerdePogingenOpAanvragen() throws Exception {
        for (String gebruiker : MET_REGIO) {
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "select actie, uitkomst, count(*) from toegang.audit_regel where gebruiker = ?"
                            + " and (onderwerp like 'aanvraag %' or onderwerp like 'beschikking aanvraag %')"
                            + " group by actie, uitkomst")) {
                st.setString(1, gebruiker);
                Map<String, Integer> telling = new java.util.HashMap<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        telling.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                    }
                }
                assertTrue(telling.getOrDefault("INZIEN TOEGESTAAN", 0) >= 1, gebruiker + " " + telling);
                assertTrue(telling.getOrDefault("DOWNLOADEN TOEGESTAAN", 0) >= 1, gebruiker + " " + telling);
                assertTrue(telling.getOrDefault("INZIEN GEWEIGERD", 0) >= 2, gebruiker + ": twee andere regio's " + telling);
                assertTrue(telling.getOrDefault("DOWNLOADEN GEWEIGERD", 0) >= 2, gebruiker + ": twee andere regio's " + telling);
            }
        }
    }

    @Test
    @Order(23)
    void eenVerlopenSessieGeeftBijHetVolgendeVerzoekDeInlogpagina() throws Exception {
        // The server reads the idle timeout per new session (Sessieduur); 2 s instead of 20 minutes for this test.
        System.setProperty("wlz.sessie.seconden", "2");
        try {
            WebSessie sessie = WebSessie.ingelogd("medewerker.rotterdam");
            assertEquals(200, sessie.get("/wlz/app/clienten/zoeken.xhtml").statusCode());
            assertFalse(WebSessie.isLoginFormulier(sessie.get("/wlz/app/clienten/zoeken.xhtml")), "actief: nog ingelogd");
            Thread.sleep(5_000);
            HttpResponse<String> na = sessie.get("/wlz/app/clienten/zoeken.xhtml");
            assertTrue(WebSessie.isLoginFormulier(na), "na de time-out de inlogpagina: " + na.statusCode() + " " + na.body());
        } finally {
            System.clearProperty("wlz.sessie.seconden");
        }
        WebSessie nieuw = WebSessie.ingelogd("medewerker.rotterdam");
        Thread.sleep(3_000);
        assertFalse(WebSessie.isLoginFormulier(nieuw.get("/wlz/app/clienten/zoeken.xhtml")),
                "zonder de property geldt weer de normale time-out");
    }

    @Test
    @Order(24)
    void geslaagdeEnMislukteInlogpogingenStaanInDeAuditTrail() throws Exception {
        WebSessie.ingelogd("toezichthouder").get("/wlz/index.xhtml");
        WebSessie fout = WebSessie.anoniem();
        fout.get("/wlz/index.xhtml");
        fout.postFormulier("/wlz/j_security_check", Map.of("j_username", "toezichthouder", "j_password", "fout-wachtwoord-1"));
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select uitkomst, gebruiker, details from toegang.audit_regel where actie = 'INLOGGEN'"
                        + " and (gebruiker = 'toezichthouder' or details like '%toezichthouder%') order by volgnummer desc")) {
            boolean geslaagd = false;
            boolean mislukt = false;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    geslaagd |= rs.getString(1).equals("TOEGESTAAN") && rs.getString(2).equals("toezichthouder");
                    mislukt |= rs.getString(1).equals("GEWEIGERD") && rs.getString(3).equals("mislukt voor gebruikersnaam toezichthouder");
                }
            }
            assertTrue(geslaagd, "geslaagde login niet vastgelegd");
            assertTrue(mislukt, "mislukte login niet vastgelegd");
        }
    }

    // RULES W-08: the report PDF download sits under /app/rapporten/ and so only a supervisor or an administrator
    // reaches it; an unknown report is a 404 for them, never a login page or a stack trace.
    @Test
    @Order(30)
    @RunAsClient
    void deRapportdownloadIsAlleenVoorToezichthouderEnBeheerder() {
        String pad = "/wlz/app/rapporten/download?id=987654321";
        for (String gebruiker : List.of("toezichthouder", "beheerder")) {
            HttpResponse<String> antwoord = WebSessie.ingelogd(gebruiker).get(pad);
            assertEquals(404, antwoord.statusCode(), gebruiker + ": " + antwoord.body());
            assertFalse(antwoord.body().contains("Exception"), antwoord.body());
        }
        assertEquals(400, WebSessie.ingelogd("toezichthouder").get("/wlz/app/rapporten/download?id=x").statusCode());
        for (String gebruiker : List.of("medewerker.utrecht", "beoordelaar.amsterdam", "ketenpartner")) {
            assertEquals(403, WebSessie.ingelogd(gebruiker).get(pad).statusCode(), gebruiker);
        }
        assertTrue(WebSessie.isLoginFormulier(WebSessie.anoniem().get(pad)));
    }

    /**
     * Issue 4: a beheerder creates a chain partner's account on Beheer › Gebruikers. Its name is the partner's iWlz
     * code and its key at least 24 characters (stored as salted SHA-256); with that key the partner passes the SOAP
     * login (its message is refused only because it is not the Afzender), with a wrong key it gets 401.
     */
    @Test
    @Order(30)
    @RunAsClient
    void eenKetenpartnerUitHetBeheerschermLogtInMetZijnLangeSleutel() {
        String agb = "9" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String sleutel = "Tp-" + java.util.UUID.randomUUID();
        WebSessie beheerder = WebSessie.ingelogd("beheerder");
        String token = "?jakarta.faces.Token=" + WebSessie.token(beheerder.get("/wlz/index.xhtml").body());
        String pad = "/wlz/app/beheer/gebruikers.xhtml" + token;
        java.util.function.BiFunction<String, String, HttpResponse<String>> maakAan = (naam, wachtwoord) ->
                beheerder.postFaces(pad, beheerder.get(pad).body(), "nieuw", java.util.Map.of("nieuw:naam", naam,
                        "nieuw:volledig", "Aanbieder " + agb, "nieuw:rol", "KETENPARTNER", "nieuw:regio", "",
                        "nieuw:wachtwoord", wachtwoord), "nieuw:aanmaken");

        assertTrue(maakAan.apply(agb, "WlzDemo2026!-kort").body().contains("minstens 24 tekens"));
        assertTrue(maakAan.apply("aanbieder.x", sleutel).body().contains("heet naar de iWlz-code"));
        assertTrue(maakAan.apply(agb, sleutel).body().contains("Gebruiker " + agb + " is aangemaakt."));

        String bericht = Voorbeeldberichten.envelop(Voorbeeldberichten.aw39("TK" + agb, TestBsn.uniek('1'), 1, "754",
                java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 3, 5), "1"));
        for (var geval : java.util.Map.of(sleutel, "0001", sleutel + "x", "401").entrySet()) {
            HttpResponse<String> antwoord = ItOmgeving.verstuur(java.net.http.HttpRequest.newBuilder(
                            ItOmgeving.http("/uitwisseling/ZorgaanbiederService"))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (agb + ":" + geval.getKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(bericht)).build());
            String uitkomst = antwoord.statusCode() != 200 ? String.valueOf(antwoord.statusCode())
                    : antwoord.body().contains(">0001<") ? "0001" : "verwerkt";
            assertEquals(geval.getValue(), uitkomst, antwoord.body());
        }
    }
}
