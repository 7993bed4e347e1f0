package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import nl.zorgkantoor.wlz.kernel.platform.Tls;

/**
 * The HTTP client for partner endpoints on https (issue 4): it presents the zorgkantoor's client certificate and
 * trusts the chain's CAs. Built on first use and kept, so a new certificate counts after a redeploy or restart. The
 * stores and passwords are settings (system property, environment variable, default); the defaults are the test
 * stores that the build makes (ear/src/main/wildfly/certificaten.sh), next to the server's own.
 */
final class UitgaandeTls {

    private static volatile HttpClient client;

    private UitgaandeTls() {
    }

    static HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (UitgaandeTls.class) {
                c = client;
                if (c == null) {
                    c = maak();
                    client = c;
                }
            }
        }
        return c;
    }

    private static HttpClient maak() {
        String configuratie = System.getProperty("jboss.home.dir", ".") + "/standalone/configuration/";
        Path sleutels = Path.of(Tls.instelling("wlz.tls.zorgkantoor.keystore", "WLZ_TLS_ZORGKANTOOR_KEYSTORE",
                configuratie + "wlz-tls-zorgkantoor.p12"));
        char[] wachtwoord = Tls.instelling("wlz.tls.zorgkantoor.wachtwoord", "WLZ_TLS_ZORGKANTOOR_WACHTWOORD",
                Tls.TESTWACHTWOORD).toCharArray();
        // the same CAs the server trusts for the partners' client certificates (configure.cli WlzVertrouwdKS)
        Path vertrouwd = Path.of(Tls.instelling("wlz.tls.truststore", "WLZ_TLS_TRUSTSTORE",
                configuratie + "wlz-tls-vertrouwd.p12"));
        char[] vertrouwdWachtwoord = Tls.instelling("wlz.tls.truststore.wachtwoord", "WLZ_TLS_TRUSTSTORE_WACHTWOORD",
                Tls.TESTWACHTWOORD).toCharArray();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .sslContext(Tls.context(sleutels, wachtwoord, vertrouwd, vertrouwdWachtwoord)).build();
    }
}
