package nl.zorgkantoor.wlz.kernel.demo;

import java.util.List;

/**
 * The chain partners of the demo and the tests (issue 4, README "Ketenpartners"): one machine account per party,
 * named after its iWlz code so that the exchange knows from the login which Afzender a message must carry. The
 * admin module creates them with the demo data; the partner simulator, the load driver and the tests log in with
 * them.
 */
public final class DemoKetenpartners {

    /** The CIZ: sends IO31, which has no Afzender element. */
    public static final String CIZ = "ciz";
    /** The demo zorgaanbieder of the sample messages (iWlz AGB code). */
    public static final String AANBIEDER = "12345678";
    /** A second zorgaanbieder: receives AW33 in the tests, and is the "wrong partner" for the first one's messages. */
    public static final String ANDERE_AANBIEDER = "87654321";

    /**
     * The one demo secret of the partner accounts. Long on purpose: machine secrets are hashed with a low bcrypt
     * cost (every SOAP call authenticates), which is only safe for secrets nobody can guess.
     */
    public static final String WACHTWOORD = "WlzKetenpartner-Demo-2026";

    /** An account and the party it stands for. */
    public record Partner(String account, String naam) {
    }

    public static final List<Partner> ALLE = List.of(
            new Partner(CIZ, "CIZ (indicatieorgaan)"),
            new Partner(AANBIEDER, "Zorgaanbieder 12345678 (demo)"),
            new Partner(ANDERE_AANBIEDER, "Zorgaanbieder 87654321 (demo)"));

    private DemoKetenpartners() {
    }

    /** The value of an HTTP {@code Authorization} header for a partner account with the demo secret. */
    public static String basic(String account) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (account + ":" + WACHTWOORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
