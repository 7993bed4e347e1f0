package nl.zorgkantoor.wlz.it;

import java.util.concurrent.ThreadLocalRandom;
import nl.zorgkantoor.wlz.kernel.Bsn;

/**
 * Random valid BSNs for clients a test creates itself. Demo client n has the BSN {@code d·10^7 + n} with the first
 * d = 2..9 that has a check digit (DemoPopulatie), so leading digit 1 never meets a demo client.
 */
public final class TestBsn {

    private TestBsn() {
    }

    /** A valid BSN starting with {@code leidend}, the other seven digits random. */
    public static String uniek(char leidend) {
        while (true) {
            String kandidaat = Bsn.metControlecijfer(
                    leidend + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
            if (kandidaat != null) {
                return kandidaat;
            }
        }
    }
}
