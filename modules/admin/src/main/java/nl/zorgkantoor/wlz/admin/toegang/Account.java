package nl.zorgkantoor.wlz.admin.toegang;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * A login of a person (staff, supervisor) or a machine (chain partner). The password exists only as a bcrypt hash
 * that the server's realm verifies. Staff with client-data roles belong to exactly one zorgkantoorregio, which
 * decides which clients they may see; the other roles have none. An account is deactivated, never deleted, so the
 * audit trail keeps pointing at a known name.
 */
@Entity
@Table(name = "gebruiker")
public class Account {

    @Id
    @Column(name = "gebruikersnaam", length = 100)
    private String gebruikersnaam;

    @Column(name = "wachtwoord_hash", nullable = false, length = 100)
    private String wachtwoordHash;

    /** Set for a chain partner's machine key (salted SHA-256 digest in wachtwoord_hash), null for a bcrypt hash. */
    @Column(name = "sleutel_zout", length = 44)
    private String sleutelZout;

    @Column(name = "volledige_naam", nullable = false, length = 200)
    private String volledigeNaam;

    @Column(name = "regio_code", length = 4)
    private String regioCode;

    @Column(nullable = false)
    private boolean actief;

    @Column(name = "aangemaakt_op", nullable = false)
    private LocalDateTime aangemaaktOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gebruiker_rol", joinColumns = @JoinColumn(name = "gebruikersnaam"))
    @Column(name = "rol", length = 30)
    private Set<String> rollen = new TreeSet<>();

    protected Account() {
    }

    public Account(String gebruikersnaam, String wachtwoordHash, String volledigeNaam, ZorgkantoorRegio regio,
                   Set<String> rollen, LocalDateTime aangemaaktOp) {
        if (gebruikersnaam == null || !gebruikersnaam.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            throw new IllegalArgumentException("Gebruikersnaam: 3 tot 100 tekens, kleine letters, cijfers, punt, "
                    + "streepje of liggend streepje.");
        }
        if (volledigeNaam == null || volledigeNaam.isBlank()) {
            throw new IllegalArgumentException("Vul de volledige naam in.");
        }
        this.gebruikersnaam = gebruikersnaam;
        this.wachtwoordHash = Objects.requireNonNull(wachtwoordHash, "wachtwoordHash");
        this.volledigeNaam = volledigeNaam.trim();
        this.aangemaaktOp = Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
        this.actief = true;
        wijzigRollen(rollen, regio);
    }

    /**
     * Sets roles and region together, because they constrain each other: client-data roles need a region, and a
     * region without such a role would mean nothing.
     */
    public void wijzigRollen(Set<String> nieuweRollen, ZorgkantoorRegio regio) {
        if (nieuweRollen == null || nieuweRollen.isEmpty()) {
            throw new IllegalArgumentException("Kies minstens één rol.");
        }
        for (String rol : nieuweRollen) {
            if (!Rollen.ALLE.contains(rol)) {
                throw new IllegalArgumentException("Onbekende rol: " + rol);
            }
        }
        boolean metClientgegevens = nieuweRollen.stream().anyMatch(Rollen.MET_CLIENTGEGEVENS::contains);
        if (metClientgegevens && regio == null) {
            throw new IllegalArgumentException("Een medewerker of beoordelaar hoort bij één zorgkantoorregio: kies de regio.");
        }
        if (!metClientgegevens && regio != null) {
            throw new IllegalArgumentException("Alleen een medewerker of beoordelaar hoort bij een regio.");
        }
        this.rollen.clear();
        this.rollen.addAll(nieuweRollen);
        this.regioCode = regio == null ? null : regio.code();
    }

    /** A chain partner's machine account (role KETENPARTNER), with its key as salted SHA-256 digest. */
    public static Account ketenpartner(String gebruikersnaam, Wachtwoorden.Machinesleutel sleutel,
                                       String volledigeNaam, LocalDateTime aangemaaktOp) {
        Account account = new Account(gebruikersnaam, sleutel.digest(), volledigeNaam, null,
                Set.of(Rollen.KETENPARTNER), aangemaaktOp);
        account.sleutelZout = sleutel.zout();
        return account;
    }

    public void wijzigWachtwoordHash(String hash) {
        this.wachtwoordHash = Objects.requireNonNull(hash, "hash");
        this.sleutelZout = null;
    }

    public void wijzigMachinesleutel(Wachtwoorden.Machinesleutel sleutel) {
        this.wachtwoordHash = sleutel.digest();
        this.sleutelZout = sleutel.zout();
    }

    /** A bcrypt hash from before machine keys were stored as a salted digest (toegang V3). */
    boolean heeftBcryptMachinesleutel(char[] sleutel) {
        return isKetenpartner() && sleutelZout == null && Wachtwoorden.klopt(sleutel, wachtwoordHash);
    }

    public boolean isKetenpartner() {
        return rollen.contains(Rollen.KETENPARTNER);
    }

    public void zetActief(boolean actief) {
        this.actief = actief;
    }

    public String gebruikersnaam() {
        return gebruikersnaam;
    }

    public String volledigeNaam() {
        return volledigeNaam;
    }

    public ZorgkantoorRegio regio() {
        return regioCode == null ? null : ZorgkantoorRegio.parse(regioCode);
    }

    public boolean isActief() {
        return actief;
    }

    public Set<String> rollen() {
        return Set.copyOf(rollen);
    }

    public LocalDateTime aangemaaktOp() {
        return aangemaaktOp;
    }

    String wachtwoordHash() {
        return wachtwoordHash;
    }
}
