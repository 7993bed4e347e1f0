package nl.zorgkantoor.wlz.indicatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * A person with a Wlz indication, as the zorgkantoor knows him. The client is created when the first
 * indicatiebesluit arrives from the CIZ (IO31) and belongs to exactly one zorgkantoorregio, which decides which
 * staff may see him. Other contexts refer to a client by its id only.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Column(nullable = false, length = 9)
    private String bsn;

    private String voornaam;

    @Column(nullable = false)
    private String achternaam;

    @Column(nullable = false)
    private char geslacht;

    @Column(nullable = false)
    private LocalDate geboortedatum;

    @Column(name = "regio_code", nullable = false, length = 4)
    private String regioCode;

    @Version
    private long versie;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected Client() {
    }

    public Client(Bsn bsn, String voornaam, String achternaam, char geslacht, LocalDate geboortedatum,
                  ZorgkantoorRegio regio, Instant aangemaaktOp) {
        this.bsn = Objects.requireNonNull(bsn, "bsn").waarde();
        this.voornaam = voornaam;
        this.achternaam = Objects.requireNonNull(achternaam, "achternaam");
        this.geslacht = geslacht;
        this.geboortedatum = Objects.requireNonNull(geboortedatum, "geboortedatum");
        this.regioCode = Objects.requireNonNull(regio, "regio").code();
        this.aangemaaktOp = Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
    }

    public Long id() {
        return id;
    }

    public Bsn bsn() {
        return Bsn.of(bsn);
    }

    public String voornaam() {
        return voornaam;
    }

    public String achternaam() {
        return achternaam;
    }

    public char geslacht() {
        return geslacht;
    }

    public LocalDate geboortedatum() {
        return geboortedatum;
    }

    public ZorgkantoorRegio regio() {
        return ZorgkantoorRegio.parse(regioCode);
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }
}
