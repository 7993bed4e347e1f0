package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import java.util.Arrays;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;

/**
 * Who this zorgkantoor is in iWlz: the zorgkantoorcodes it accepts as Ontvanger, from {@code wlz.zorgkantoor.codes}
 * (comma-separated); by default the demo regions.
 */
public final class Zorgkantoor {

    private Zorgkantoor() {
    }

    public static List<String> codes() {
        String instelling = System.getProperty("wlz.zorgkantoor.codes");
        if (instelling == null || instelling.isBlank()) {
            return DemoPopulatie.DEMO_REGIOS.stream().map(ZorgkantoorRegio::code).toList();
        }
        return Arrays.stream(instelling.split(",")).map(String::trim).toList();
    }
}
