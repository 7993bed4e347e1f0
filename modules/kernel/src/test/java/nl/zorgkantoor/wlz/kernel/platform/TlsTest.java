package nl.zorgkantoor.wlz.kernel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {

    @Test
    void eenOntbrekendSleutelbestandNoemtHetBestand(@TempDir Path map) {
        Path weg = map.resolve("wlz-tls-zorgkantoor.p12");
        assertThatThrownBy(() -> Tls.context(weg, "x".toCharArray(), weg, "x".toCharArray()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(weg.toString());
    }

    @Test
    void zonderSleutelsAlleenVertrouwen(@TempDir Path map) throws Exception {
        Path vertrouwd = map.resolve("leeg.p12");
        KeyStore leeg = KeyStore.getInstance("PKCS12");
        leeg.load(null, null);
        try (OutputStream uit = Files.newOutputStream(vertrouwd)) {
            leeg.store(uit, "geheim".toCharArray());
        }
        SSLContext context = Tls.context(null, null, vertrouwd, "geheim".toCharArray());
        assertThat(context.getProtocol()).isEqualTo("TLS");
    }

    @Test
    void eenSysteempropertyGaatVoorDeStandaard() {
        System.setProperty("wlz.test.tls.instelling", "uit-property");
        try {
            assertThat(Tls.instelling("wlz.test.tls.instelling", "WLZ_TEST_BESTAAT_NIET", "standaard"))
                    .isEqualTo("uit-property");
        } finally {
            System.clearProperty("wlz.test.tls.instelling");
        }
        assertThat(Tls.instelling("wlz.test.tls.instelling", "WLZ_TEST_BESTAAT_NIET", "standaard"))
                .isEqualTo("standaard");
    }
}
