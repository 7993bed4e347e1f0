package nl.zorgkantoor.wlz.uitwisseling.endpoint;

import java.security.Principal;
import java.util.Optional;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;

/**
 * Who a chain partner is, from the account it authenticated with (HTTP Basic against the platform realm, role
 * KETENPARTNER). A partner account is named after the party's iWlz code, so the code the header must carry as
 * Afzender follows from the login alone: an 8-digit iWlz AGB code (zorgaanbieder), a 4-digit zorgkantoorcode
 * (55xx) or {@code ciz} for the CIZ, whose IO31 has no Afzender ({@link Kop#CIZ}). Any other account (a staff login,
 * the generic demo account {@code ketenpartner}) is no chain partner and its messages are refused.
 */
final class Ketenpartner {

    static final String CIZ_ACCOUNT = "ciz";

    private Ketenpartner() {
    }

    /** The partner code of the authenticated account; empty for anonymous callers and non-partner accounts. */
    static Optional<String> code(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        return code(principal.getName());
    }

    static Optional<String> code(String account) {
        if (account == null) {
            return Optional.empty();
        }
        if (CIZ_ACCOUNT.equals(account)) {
            return Optional.of(Kop.CIZ);
        }
        if (account.matches("[0-9]{8}") || account.matches("55[0-9]{2}")) {
            return Optional.of(account);
        }
        return Optional.empty();
    }
}
