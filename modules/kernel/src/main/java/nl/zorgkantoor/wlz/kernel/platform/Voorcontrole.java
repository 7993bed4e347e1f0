package nl.zorgkantoor.wlz.kernel.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the configuration before the server starts (README command 1), so that a wrong database setting or a
 * port in use gives one line saying what to fix instead of a wall of stack traces from the server.
 */
public final class Voorcontrole {

    private final Map<String, String> omgeving;
    private final int poortOffset;

    Voorcontrole(Map<String, String> omgeving, int poortOffset) {
        this.omgeving = omgeving;
        this.poortOffset = poortOffset;
    }

    public static void main(String[] args) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        List<String> fouten = new Voorcontrole(System.getenv(), offset).controleer();
        if (fouten.isEmpty()) {
            System.out.println("Voorcontrole: configuratie in orde");
            return;
        }
        fouten.forEach(fout -> System.err.println("FOUT: " + fout));
        System.exit(1);
    }

    /** @return one line per problem; empty when the server can start */
    public List<String> controleer() {
        List<String> fouten = new ArrayList<>();
        for (int poort : new int[] {8080 + poortOffset, 9990 + poortOffset}) {
            poortBezet(poort).ifPresent(fouten::add);
        }
        databaseProbleem().ifPresent(fouten::add);
        return fouten;
    }

    static Optional<String> poortBezet(int poort) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", poort));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("poort " + poort + " is al in gebruik (draait er al een server?). Stop dat proces"
                    + " of start met -Djboss.socket.binding.port-offset=<n>.");
        }
    }

    Optional<String> databaseProbleem() {
        String url = omgeving.get("WLZ_DB_URL");
        String driver = omgeving.getOrDefault("WLZ_DB_DRIVER", "h2");
        if (url == null || url.isBlank()) {
            return driver.equals("h2") ? Optional.empty()
                    : Optional.of("WLZ_DB_DRIVER=" + driver + " maar WLZ_DB_URL is leeg. Zet WLZ_DB_URL, of haal"
                            + " WLZ_DB_DRIVER weg voor de ingebouwde H2-database.");
        }
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (postgres != driver.equals("postgresql")) {
            return Optional.of("WLZ_DB_URL (" + url + ") past niet bij WLZ_DB_DRIVER=" + driver
                    + ". Gebruik WLZ_DB_DRIVER=postgresql voor PostgreSQL of h2 voor H2.");
        }
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url, omgeving.getOrDefault("WLZ_DB_USER", "sa"),
                omgeving.getOrDefault("WLZ_DB_PASSWORD", "sa"))) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(uitleg(url, e));
        }
    }

    static String uitleg(String url, SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        String wat;
        if (state.startsWith("28")) {
            wat = "de database weigert de inloggegevens. Controleer WLZ_DB_USER en WLZ_DB_PASSWORD.";
        } else if (state.equals("3D000")) {
            wat = "de database bestaat niet. Maak haar aan of corrigeer de naam in WLZ_DB_URL.";
        } else if (state.startsWith("08")) {
            wat = "de database is niet bereikbaar. Controleer host en poort in WLZ_DB_URL en of de server draait.";
        } else {
            wat = e.getMessage() + ". Controleer WLZ_DB_URL, WLZ_DB_USER en WLZ_DB_PASSWORD.";
        }
        return "database " + url + ": " + wat;
    }
}
