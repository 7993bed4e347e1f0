package nl.zorgkantoor.wlz.kernel.toegang;

import java.util.List;

/**
 * The roles of the platform, as constants so that {@code @RolesAllowed} and web.xml use the very same names as the
 * rows in {@code toegang.gebruiker_rol}.
 */
public final class Rollen {

    /** Zorgkantoor staff of one region: reads client data and prepares decisions. */
    public static final String MEDEWERKER = "MEDEWERKER";
    /** Zorgkantoor staff of one region who decides aanvragen. */
    public static final String BEOORDELAAR = "BEOORDELAAR";
    /** Functional administrator: tariffs, norms, partners, users, the audit trail. No client data. */
    public static final String BEHEERDER = "BEHEERDER";
    /** Supervisor (NZa): reports and aggregates only, never client data. */
    public static final String TOEZICHTHOUDER = "TOEZICHTHOUDER";
    /** Machine account of a chain partner: the SOAP exchange only. */
    public static final String KETENPARTNER = "KETENPARTNER";

    /** Every role, in the order the UI lists them. */
    public static final List<String> ALLE = List.of(MEDEWERKER, BEOORDELAAR, BEHEERDER, TOEZICHTHOUDER, KETENPARTNER);

    /** The roles that work with the data of individual clients, and therefore belong to exactly one region. */
    public static final List<String> MET_CLIENTGEGEVENS = List.of(MEDEWERKER, BEOORDELAAR);

    private Rollen() {
    }
}
