package nl.zorgkantoor.wlz.kernel.demo;

import java.util.Arrays;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * Which demo population the server loads into an empty database, from system properties set by the CLI script or
 * the command line: {@code wlz.demo} (true/false), {@code wlz.demo.aantal} (clients), {@code wlz.demo.regios}
 * ({@code demo}, {@code nationaal} or a comma-separated list of zorgkantoorcodes), {@code wlz.demo.seed}.
 */
public final class DemoInstellingen {

    private DemoInstellingen() {
    }

    public static boolean actief() {
        return Boolean.parseBoolean(System.getProperty("wlz.demo", "true"));
    }

    public static DemoPopulatie populatie() {
        String regioInstelling = System.getProperty("wlz.demo.regios", "demo");
        List<ZorgkantoorRegio> regios = switch (regioInstelling) {
            case "demo" -> DemoPopulatie.DEMO_REGIOS;
            case "nationaal" -> ZorgkantoorRegio.actieve();
            default -> Arrays.stream(regioInstelling.split(",")).map(String::trim).map(ZorgkantoorRegio::parse).toList();
        };
        int aantal = Integer.getInteger("wlz.demo.aantal", DemoPopulatie.DEMO_AANTAL);
        long seed = Long.getLong("wlz.demo.seed", DemoPopulatie.STANDAARD_SEED);
        return new DemoPopulatie(seed, aantal, regios);
    }
}
