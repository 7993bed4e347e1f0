package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.Retourcodes;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners;
import nl.zorgkantoor.wlz.kernel.platform.Tls;
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
 * Issue 4: chain partners authenticate with a TLS client certificate on the https-listener (configure.cli: WlzSSC,
 * WlzPartnerCertificaat), over real HTTPS against the deployed EAR, with the test certificates the build made
 * (ear/src/main/wildfly/certificaten.sh, next to the server in {@code target/server/certificaten}). The certificate
 * takes the place of HTTP Basic: same account, same role KETENPARTNER, same Afzender check; Basic keeps working.
 */
@ExtendWith(ArquillianExtension.class)
class MutualTlsIT {

    private static final LocalDate INGANG = LocalDate.of(2025, 3, 1);
    private static final String TESTWACHTWOORD = Tls.TESTWACHTWOORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(MutualTlsIT.class, TestPartner.class, TestAanbieder.class, TlsTestAanbieder.class);
    }

    @EJB
    private ClientService clienten;

    @EJB
    private WachtlijstService wachtlijst;

    @EJB
    private ToewijzingService toewijzingen;

    @Test
    void hetCizMetZijnCertificaatEnZonderAuthorizationKrijgt0200() throws IOException {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = soap(metCertificaat(DemoKetenpartners.CIZ), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);

        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0200", "0200", "0200", "0200"), Retourcodes.van(antwoord.body()), antwoord.body());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isPresent(), "het indicatiebesluit is overgenomen");
    }

    @Test
    void deAanbiederMetZijnCertificaatKrijgt0200() throws IOException {
        String bsn = TestBsn.uniek('1');
        io31(bsn);
        HttpResponse<String> antwoord = soap(metCertificaat(DemoKetenpartners.AANBIEDER),
                "/uitwisseling/ZorgaanbiederService",
                Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, INGANG.plusDays(5), "1"), null);

        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0200", "0200"), Retourcodes.van(antwoord.body()), antwoord.body());
    }

    // the same refusal as for HTTP Basic (UitwisselingIT): the certificate's CN is the partner, not the header
    @Test
    void eenCertificaatVanEenAndereAanbiederDanDeAfzenderKrijgt0001() throws IOException {
        String bsn = TestBsn.uniek('1');
        io31(bsn);
        long clientId = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow().id();
        HttpResponse<String> antwoord = soap(metCertificaat(DemoKetenpartners.ANDERE_AANBIEDER),
                "/uitwisseling/ZorgaanbiederService",
                Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, INGANG.plusDays(5), "1"), null);

        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0001"), Retourcodes.van(antwoord.body()), antwoord.body());
        assertFalse(wachtlijst.wachtOpOpname(clientId, INGANG.plusDays(6)), "de mutatie is niet overgenomen");
    }

    @Test
    void eenGeldigCertificaatZonderPartneraccountWordtGeweigerd() throws IOException {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = soap(client("onbekend.p12"), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);

        assertTrue(antwoord.statusCode() == 401 || antwoord.statusCode() == 403,
                antwoord.statusCode() + " " + antwoord.body());
        assertFalse(antwoord.body().contains("RetourCode"), antwoord.body());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    // Elytron tries the next mechanism after a failed one: a certificate that counts for nobody leaves the decision to
    // the Basic credentials sent with it; a registered certificate decides alone (CLIENT_CERT comes first)
    @Test
    void eenOngeregistreerdCertificaatLaatDeBeslissingAanBasic() throws IOException {
        HttpResponse<String> metBasic = soap(client("onbekend.p12"), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), TestBsn.uniek('1'), 1, "754", INGANG), DemoKetenpartners.CIZ);
        assertEquals(200, metBasic.statusCode(), metBasic.body());
        assertEquals(List.of("0200", "0200", "0200", "0200"), Retourcodes.van(metBasic.body()), metBasic.body());

        HttpResponse<String> certificaatWint = soap(metCertificaat(DemoKetenpartners.AANBIEDER),
                "/uitwisseling/CizService", Voorbeeldberichten.io31(id(), TestBsn.uniek('1'), 1, "754", INGANG),
                DemoKetenpartners.CIZ);
        assertEquals(List.of("0001"), Retourcodes.van(certificaatWint.body()), "het certificaat (een aanbieder) telt,"
                + " niet de Basic-login van het CIZ: " + certificaatWint.body());
    }

    // a registered certificate whose account is missing or deactivated (toegang): authenticated, but no chain partner
    @Test
    void eenGeregistreerdCertificaatZonderActiefAccountKrijgt403() throws IOException {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = soap(client("zonder-account.p12"), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);

        assertEquals(403, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0001"), Retourcodes.van(antwoord.body()), antwoord.body());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    /*
     * A client's JSSE does not even offer a certificate whose issuer is not among the CAs the server names in its
     * certificate request: then the call arrives without one and gets the Basic challenge (401). A client that
     * pushes its certificate anyway is refused in the handshake (TLS 1.3: the client learns it at the first read).
     */
    @Test
    void eenCertificaatVanEenVreemdeCaKomtNietBinnen() throws IOException {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> gewoon = soap(client("vreemd.p12"), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);
        assertEquals(401, gewoon.statusCode(), gewoon.body());

        int status;
        try {
            HttpResponse<String> antwoord = soap(opdringerig("vreemd.p12"), "/uitwisseling/CizService",
                    Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);
            status = antwoord.statusCode();
            assertFalse(antwoord.body().contains("RetourCode"), antwoord.body());
        } catch (IOException e) {
            status = -1;
        }
        assertEquals(-1, status, "de handdruk weigert het certificaat van een vreemde CA");
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    @Test
    void zonderCertificaatEnZonderInloggegevensGeeftHttps401() throws IOException {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = soap(client(null), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);

        assertEquals(401, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                antwoord.headers().toString());
        assertTrue(clienten.zoekOpBsn(Bsn.of(bsn)).isEmpty());
    }

    @Test
    void httpBasicOverHttpsWerktNogSteeds() throws IOException {
        String bsn = TestBsn.uniek('1');
        HttpResponse<String> antwoord = soap(client(null), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), DemoKetenpartners.CIZ);

        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertEquals(List.of("0200", "0200", "0200", "0200"), Retourcodes.van(antwoord.body()), antwoord.body());
    }

    // outbound: the Verzender presents the zorgkantoor's certificate to an https partner endpoint that demands it
    @Test
    void eenAw33WordtOverHttpsMetHetCertificaatVanHetZorgkantoorAfgeleverd() throws Exception {
        HttpResponse<String> zonder = client(null).send(HttpRequest.newBuilder(https("/test/testaanbieder-tls"))
                .POST(HttpRequest.BodyPublishers.ofString("<x/>")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, zonder.statusCode(), "de testaanbieder eist het clientcertificaat");

        String aanbieder = "13572468";
        System.setProperty("wlz.partner." + aanbieder + ".url", https("/test/testaanbieder-tls").toString());
        DemoClient demo = DemoInstellingen.populatie().client(5);
        int ontvangenVoor = TestAanbieder.ONTVANGEN.get();
        long id = toewijzingen.wijsToe(new NieuweToewijzing(5, 1, aanbieder, Leveringsvorm.VERBLIJF,
                // whatever the demo client wished: a deviation carries its reason (RULES L-01)
                demo.indicatieIngangsdatum(), "Cliënt kiest na overleg verblijf"));

        Verzendstatus status = toewijzingen.status(id).orElseThrow();
        for (int i = 0; i < 120 && !status.isAfgeleverd(); i++) {
            Thread.sleep(500);
            status = toewijzingen.status(id).orElseThrow();
        }
        assertEquals("AFGELEVERD", status.status(), status.toString());
        assertTrue(status.retourCodes().matches("0200(,0200)*"), status.retourCodes());
        assertTrue(TestAanbieder.ONTVANGEN.get() > ontvangenVoor);
    }

    private static void io31(String bsn) throws IOException {
        HttpResponse<String> antwoord = soap(metCertificaat(DemoKetenpartners.CIZ), "/uitwisseling/CizService",
                Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG), null);
        assertEquals(200, antwoord.statusCode(), antwoord.body());
    }

    /** Posts a message over HTTPS; {@code basic} is the partner account for an Authorization header, or null. */
    private static HttpResponse<String> soap(HttpClient client, String pad, String bericht, String basic)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(https(pad)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(Voorbeeldberichten.envelop(bericht)));
        if (basic != null) {
            request.header("Authorization", DemoKetenpartners.basic(basic));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI https(String pad) {
        return URI.create("https://localhost:" + (8443 + ItOmgeving.offset()) + pad);
    }

    private static HttpClient metCertificaat(String account) {
        return client(account + ".p12");
    }

    /**
     * A client of its own per call (a TLS session per certificate): it presents the certificate of the key store
     * (null: none) and trusts the chain CA that issued the server's certificate.
     */
    private static HttpClient client(String sleutelbestand) {
        Path map = certificaten();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .sslContext(Tls.context(sleutelbestand == null ? null : map.resolve(sleutelbestand),
                        TESTWACHTWOORD.toCharArray(), map.resolve("keten-ca.p12"), TESTWACHTWOORD.toCharArray()))
                .build();
    }

    /** A client that presents the key store's certificate whatever CAs the server asks for. */
    private static HttpClient opdringerig(String sleutelbestand) {
        try {
            Path map = certificaten();
            char[] ww = TESTWACHTWOORD.toCharArray();
            KeyStore sleutels = KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(map.resolve(sleutelbestand))) {
                sleutels.load(in, ww);
            }
            String alias = sleutels.aliases().nextElement();
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(sleutels, ww);
            X509ExtendedKeyManager km = (X509ExtendedKeyManager) kmf.getKeyManagers()[0];
            X509ExtendedKeyManager altijd = new X509ExtendedKeyManager() {
                @Override
                public String chooseEngineClientAlias(String[] soorten, Principal[] uitgevers, SSLEngine engine) {
                    return alias;
                }

                @Override
                public String chooseClientAlias(String[] soorten, Principal[] uitgevers, Socket socket) {
                    return alias;
                }

                @Override
                public String[] getClientAliases(String soort, Principal[] uitgevers) {
                    return new String[] {alias};
                }

                @Override
                public String[] getServerAliases(String soort, Principal[] uitgevers) {
                    return null;
                }

                @Override
                public String chooseServerAlias(String soort, Principal[] uitgevers, Socket socket) {
                    return null;
                }

                @Override
                public X509Certificate[] getCertificateChain(String a) {
                    return km.getCertificateChain(a);
                }

                @Override
                public PrivateKey getPrivateKey(String a) {
                    return km.getPrivateKey(a);
                }
            };
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            KeyStore ca = KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(map.resolve("keten-ca.p12"))) {
                ca.load(in, ww);
            }
            tmf.init(ca);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {altijd}, tmf.getTrustManagers(), null);
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                    .sslContext(context).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client stores of certificaten.sh: next to the unpacked server (the test runs inside it). */
    private static Path certificaten() {
        String home = System.getProperty("jboss.home.dir", System.getProperty("jboss.home"));
        return Path.of(home).toAbsolutePath().getParent().resolve("certificaten");
    }

    private static String id() {
        return "TLS" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }
}
