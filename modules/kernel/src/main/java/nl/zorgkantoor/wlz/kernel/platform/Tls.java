package nl.zorgkantoor.wlz.kernel.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client side of mutual TLS with the iWlz chain (issue 4): an {@link SSLContext} from PKCS12 stores, with the
 * caller's own certificate and key (what the other side authenticates) and the CAs whose server certificates it
 * trusts. Used for the zorgkantoor's outbound deliveries, by the partner simulator and by the tests.
 */
public final class Tls {

    /** The password of the test stores the build makes (ear/src/main/wildfly/certificaten.sh, configure.cli). */
    public static final String TESTWACHTWOORD = "WlzTest-TLS-2026";

    private Tls() {
    }

    /**
     * @param sleutels   PKCS12 store with one key entry (certificate chain and private key); null for a context that
     *                   presents no certificate (HTTP Basic over HTTPS)
     * @param vertrouwd  PKCS12 store with the trusted CA certificates
     */
    public static SSLContext context(Path sleutels, char[] wachtwoord, Path vertrouwd, char[] vertrouwdWachtwoord) {
        try {
            KeyManagerFactory km = null;
            if (sleutels != null) {
                km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                km.init(lees(sleutels, wachtwoord), wachtwoord);
            }
            TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tm.init(lees(vertrouwd, vertrouwdWachtwoord));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(km == null ? null : km.getKeyManagers(), tm.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS-sleutels onbruikbaar (" + sleutels + ", " + vertrouwd + "): " + e, e);
        }
    }

    /** A setting from a system property, else an environment variable, else the default (as in configure.cli). */
    public static String instelling(String property, String omgevingsvariabele, String standaard) {
        String waarde = System.getProperty(property);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getenv(omgevingsvariabele);
        }
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }

    private static KeyStore lees(Path pad, char[] wachtwoord) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pad)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, wachtwoord);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("TLS-sleutelbestand niet leesbaar: " + pad, e);
        }
    }
}
