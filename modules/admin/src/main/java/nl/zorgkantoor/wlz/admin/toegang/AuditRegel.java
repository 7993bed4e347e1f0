package nl.zorgkantoor.wlz.admin.toegang;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One line of the audit trail: who (name, roles, region), when, which client, what, with which outcome, and from
 * where. Immutable once written: no setters, every column {@code updatable = false}. Each line carries a gap-free
 * volgnummer and a SHA-256 hash over its own content and the previous line's hash, so that changing or removing a
 * line afterwards is detectable.
 */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    /** Times are kept to the millisecond so the hash is the same on H2 and PostgreSQL. */
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    @Id
    @SequenceGenerator(name = "audit_regel_seq", sequenceName = "audit_regel_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_regel_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private long volgnummer;

    @Column(nullable = false, updatable = false)
    private LocalDateTime tijdstip;

    @Column(nullable = false, updatable = false, length = 100)
    private String gebruiker;

    @Column(nullable = false, updatable = false, length = 200)
    private String rollen;

    @Column(name = "regio_code", updatable = false, length = 4)
    private String regioCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Actie actie;

    @Column(nullable = false, updatable = false, length = 20)
    private String uitkomst;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(nullable = false, updatable = false, length = 200)
    private String onderwerp;

    @Column(updatable = false, length = 1000)
    private String details;

    @Column(nullable = false, updatable = false, length = 100)
    private String herkomst;

    @Column(name = "vorige_hash", nullable = false, updatable = false, length = 64)
    private String vorigeHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRegel() {
    }

    AuditRegel(long volgnummer, LocalDateTime tijdstip, String gebruiker, String rollen, String regioCode,
               Actie actie, boolean toegestaan, Long clientId, String onderwerp, String details, String herkomst,
               String vorigeHash) {
        this.volgnummer = volgnummer;
        this.tijdstip = tijdstip.withNano(tijdstip.getNano() / 1_000_000 * 1_000_000);
        this.gebruiker = kort(Objects.requireNonNull(gebruiker), 100);
        this.rollen = kort(rollen, 200);
        this.regioCode = regioCode;
        this.actie = Objects.requireNonNull(actie);
        this.uitkomst = toegestaan ? "TOEGESTAAN" : "GEWEIGERD";
        this.clientId = clientId;
        this.onderwerp = kort(Objects.requireNonNull(onderwerp), 200);
        this.details = details == null ? null : kort(details, 1000);
        this.herkomst = kort(herkomst == null ? "onbekend" : herkomst, 100);
        this.vorigeHash = Objects.requireNonNull(vorigeHash);
        this.hash = berekenHash();
    }

    /** The hash this line must have given its content and its predecessor's hash. */
    String berekenHash() {
        String inhoud = String.join("|", vorigeHash, Long.toString(volgnummer), TIJD.format(tijdstip), gebruiker,
                rollen, String.valueOf(regioCode), actie.name(), uitkomst, String.valueOf(clientId), onderwerp,
                String.valueOf(details), herkomst);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max);
    }

    public long getVolgnummer() {
        return volgnummer;
    }

    public LocalDateTime getTijdstip() {
        return tijdstip;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public String getRollen() {
        return rollen;
    }

    public String getRegioCode() {
        return regioCode;
    }

    public Actie getActie() {
        return actie;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public String getDetails() {
        return details;
    }

    public String getHerkomst() {
        return herkomst;
    }

    public String getVorigeHash() {
        return vorigeHash;
    }

    public String getHash() {
        return hash;
    }
}
