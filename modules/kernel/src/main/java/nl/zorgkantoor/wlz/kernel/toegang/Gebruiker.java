package nl.zorgkantoor.wlz.kernel.toegang;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * A snapshot of the calling user: name, roles and — for staff who work with client data — the one zorgkantoorregio
 * they work for. Region isolation is decided here, in one place, so the UI, the REST API and every context's
 * application service apply the same rule: client data only for MEDEWERKER or BEOORDELAAR of the client's region.
 *
 * @param regio null for users without a region (BEHEERDER, TOEZICHTHOUDER, KETENPARTNER, anonymous)
 */
public record Gebruiker(String naam, Set<String> rollen, ZorgkantoorRegio regio) {

    public static final String ANONIEM = "anoniem";

    public Gebruiker {
        Objects.requireNonNull(naam, "naam");
        rollen = Set.copyOf(rollen);
    }

    public static Gebruiker anoniem() {
        return new Gebruiker(ANONIEM, Set.of(), null);
    }

    public boolean isAnoniem() {
        return ANONIEM.equals(naam) && rollen.isEmpty();
    }

    public boolean heeftRol(String rol) {
        return rollen.contains(rol);
    }

    public boolean heeftEenVan(String... gevraagd) {
        return Arrays.stream(gevraagd).anyMatch(rollen::contains);
    }

    public Optional<ZorgkantoorRegio> regioOptioneel() {
        return Optional.ofNullable(regio);
    }

    /**
     * Whether this user may see or change data of a client of {@code clientRegio}: only staff with a client-data
     * role whose own region is the client's region. A staff member without a region sees no client at all.
     */
    public boolean magClientZien(ZorgkantoorRegio clientRegio) {
        return clientRegio != null && regio == clientRegio
                && Rollen.MET_CLIENTGEGEVENS.stream().anyMatch(rollen::contains);
    }

    /** @throws GeenToegangException when {@link #magClientZien} says no */
    public void controleerClient(ZorgkantoorRegio clientRegio) {
        if (!magClientZien(clientRegio)) {
            throw new GeenToegangException("Geen toegang: deze cliënt valt buiten uw zorgkantoorregio of uw rol.");
        }
    }

    /** @throws GeenToegangException unless the user holds one of the roles */
    public void controleerRol(String... gevraagd) {
        if (!heeftEenVan(gevraagd)) {
            throw new GeenToegangException("Geen toegang: hiervoor is een van de rollen " + String.join(", ", gevraagd)
                    + " nodig.");
        }
    }
}
