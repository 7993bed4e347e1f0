package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;

/**
 * Who this zorgkantoor is in iWlz: the zorgkantoorcodes it accepts as Ontvanger, from {@code wlz.zorgkantoor.codes}
 * (comma-separated); by default the demo regions.
 */
public final class Zorgkantoor {

    /**
     * The codes of the setting as last read: every message asks twice, and the list was built anew each time (JFR,
     * bench/RESULTS.md 2026-12-03 avond). The setting is still read per call, so a changed value counts at once.
     */
    private static volatile Instelling laatste = new Instelling(null, lijst(null));

    private Zorgkantoor() {
    }

    public static List<String> codes() {
        String waarde = System.getProperty("wlz.zorgkantoor.codes");
        Instelling instelling = laatste;
        if (!Objects.equals(instelling.waarde(), waarde)) {
            instelling = new Instelling(waarde, lijst(waarde));
            laatste = instelling;
        }
        return instelling.codes();
    }

    private static List<String> lijst(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return DemoPopulatie.DEMO_REGIOS.stream().map(ZorgkantoorRegio::code).toList();
        }
        return Arrays.stream(waarde.split(",")).map(String::trim).toList();
    }

    private record Instelling(String waarde, List<String> codes) {
    }
}
