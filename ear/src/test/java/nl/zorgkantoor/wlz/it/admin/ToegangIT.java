package nl.zorgkantoor.wlz.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
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
        if (pad.equals("/wlz/index.xhtml") || pad.equals("/wlz/api/mij")) {
            return staf;
        }
        if (pad.equals("/wlz/app/clienten/zoeken.xhtml")) {
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
        if (pad.startsWith("/wlz/app/beheer/")) {
            return wie.equals("beheerder");
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
                "/wlz/app/beheer/gebruikers.xhtml", "/wlz/api/mij", "/wlz/api/health");
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
        assertEquals(10 * 9, cellen);
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
}
