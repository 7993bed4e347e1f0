package nl.zorgkantoor.wlz.kernel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoorcontroleTest {

    @Test
    void eenBezettePoortGeeftEenRegelMetDeOplossing() throws IOException {
        try (ServerSocket bezet = new ServerSocket()) {
            bezet.bind(new InetSocketAddress("127.0.0.1", 0));
            int offset = bezet.getLocalPort() - 8080;
            var fouten = controleer(Map.of(), offset);
            assertThat(fouten).hasSize(1);
            assertThat(fouten.get(0)).contains("poort " + bezet.getLocalPort() + " is al in gebruik")
                    .contains("port-offset").doesNotContain("\n");
        }
    }

    @Test
    void eenOnbereikbareDatabaseGeeftEenRegel() {
        var fouten = controleer(Map.of("WLZ_DB_DRIVER", "postgresql",
                "WLZ_DB_URL", "jdbc:postgresql://127.0.0.1:1/niets"), 31_000);
        assertThat(fouten).singleElement().asString().contains("niet bereikbaar").contains("WLZ_DB_URL");
    }

    @Test
    void urlEnDriverMoetenBijElkaarPassen() {
        var fouten = controleer(Map.of("WLZ_DB_URL", "jdbc:postgresql://localhost/x"), 31_000);
        assertThat(fouten).singleElement().asString().contains("WLZ_DB_DRIVER=postgresql");
    }

    @Test
    void foutcodesWordenInWoordenUitgelegd() {
        assertThat(Voorcontrole.uitleg("jdbc:postgresql://db/wlz", new SQLException("x", "28P01")))
                .contains("WLZ_DB_USER en WLZ_DB_PASSWORD");
        assertThat(Voorcontrole.uitleg("jdbc:postgresql://db/wlz", new SQLException("x", "3D000"))).contains("bestaat niet");
    }

    @Test
    void deIngebouwdeH2HeeftGeenDatabasecontroleNodig() {
        assertThat(controleer(Map.of(), 31_000)).isEmpty();
    }

    private static java.util.List<String> controleer(Map<String, String> omgeving, int offset) {
        return new Voorcontrole(omgeving, offset).controleer();
    }
}
