package nl.zorgkantoor.wlz.indicatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * A decision of the CIZ that a client has access to the Wlz with one best-fitting zorgprofiel (RULES I-01, I-02).
 * It arrives as an iWlz IO31 message and is never changed afterwards: a new decision of the CIZ arrives as a new
 * indicatiebesluit with the next besluitnummer (iWlz TR079), and the newest one in force wins. The client's wish
 * for a leveringsvorm and the CIZ flag "onderzoek doen naar meerzorg" (RULES I-04) travel with it.
 */
@Entity
@Table(name = "indicatiebesluit")
public class Indicatiebesluit {

    @Id
    @SequenceGenerator(name = "indicatiebesluit_seq", sequenceName = "indicatiebesluit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicatiebesluit_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false)
    private long besluitnummer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Zorgprofiel zorgprofiel;

    @Enumerated(EnumType.STRING)
    @Column(name = "leveringsvorm_voorkeur", length = 12)
    private Leveringsvorm leveringsvormVoorkeur;

    @Column(nullable = false)
    private LocalDate ingangsdatum;

    private LocalDate einddatum;

    @Column(name = "meerzorg_onderzoek", nullable = false)
    private boolean meerzorgOnderzoek;

    @Column(name = "ontvangen_op", nullable = false)
    private Instant ontvangenOp;

    private LocalDate afgiftedatum;

    @Column(name = "grondslag_1", length = 2)
    private String grondslag1;

    @Column(name = "grondslag_2", length = 2)
    private String grondslag2;

    protected Indicatiebesluit() {
    }

    public Indicatiebesluit(long clientId, long besluitnummer, Zorgprofiel zorgprofiel,
                            Leveringsvorm leveringsvormVoorkeur, Periode geldigheid, boolean meerzorgOnderzoek,
                            Instant ontvangenOp) {
        if (besluitnummer < 1) {
            throw new IllegalArgumentException("Besluitnummer moet positief zijn: " + besluitnummer);
        }
        this.clientId = clientId;
        this.besluitnummer = besluitnummer;
        this.zorgprofiel = Objects.requireNonNull(zorgprofiel, "zorgprofiel");
        this.leveringsvormVoorkeur = leveringsvormVoorkeur;
        Objects.requireNonNull(geldigheid, "geldigheid");
        this.ingangsdatum = geldigheid.begin();
        this.einddatum = geldigheid.eind();
        this.meerzorgOnderzoek = meerzorgOnderzoek;
        this.ontvangenOp = Objects.requireNonNull(ontvangenOp, "ontvangenOp");
    }

    /** RULES I-03: the grondslagen and the date of issue, as the CIZ recorded them. */
    public Indicatiebesluit metAfgifte(LocalDate afgiftedatum, String grondslag1, String grondslag2) {
        this.afgiftedatum = afgiftedatum;
        this.grondslag1 = grondslag1;
        this.grondslag2 = grondslag2;
        return this;
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public long besluitnummer() {
        return besluitnummer;
    }

    public Zorgprofiel zorgprofiel() {
        return zorgprofiel;
    }

    public Leveringsvorm leveringsvormVoorkeur() {
        return leveringsvormVoorkeur;
    }

    public Periode geldigheid() {
        return new Periode(ingangsdatum, einddatum);
    }

    public boolean meerzorgOnderzoek() {
        return meerzorgOnderzoek;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }

    public LocalDate afgiftedatum() {
        return afgiftedatum;
    }

    public String grondslag1() {
        return grondslag1;
    }

    public String grondslag2() {
        return grondslag2;
    }
}
