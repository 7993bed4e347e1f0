package nl.zorgkantoor.wlz.toezicht.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;

/**
 * One waiting status an entry held, from its ingangsdatum up to (not including) its einddatum; part of the
 * {@link Wachtlijstinschrijving} aggregate. Who reported it and when is kept for RULES W-04.
 */
@Entity
@Table(name = "wachtstatus")
public class Wachtstatusregel {

    @Id
    @SequenceGenerator(name = "wachtstatus_seq", sequenceName = "wachtstatus_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wachtstatus_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inschrijving_id")
    private Wachtlijstinschrijving inschrijving;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "regio_code", nullable = false, length = 4)
    private String regioCode;

    @Column(nullable = false, length = 3)
    private String sector;

    @Column(nullable = false, length = 10)
    private String zorgprofiel;

    @Column(nullable = false, length = 1)
    private String status;

    @Column(length = 2)
    private String classificatie;

    @Column(length = 20)
    private String aanbieder;

    @Column(nullable = false)
    private LocalDate ingangsdatum;

    private LocalDate einddatum;

    @Column(name = "gemeld_op", nullable = false)
    private Instant gemeldOp;

    @Column(nullable = false, length = 100)
    private String bron;

    protected Wachtstatusregel() {
    }

    Wachtstatusregel(Wachtlijstinschrijving inschrijving, Leveringsstatus status, String classificatie,
                     String aanbieder, LocalDate ingangsdatum, Instant gemeldOp, String bron) {
        this.inschrijving = inschrijving;
        this.clientId = inschrijving.clientId();
        this.regioCode = inschrijving.regio().code();
        this.sector = inschrijving.sector().name();
        this.zorgprofiel = inschrijving.zorgprofiel().name();
        this.status = status.code();
        this.classificatie = classificatie;
        this.aanbieder = aanbieder;
        this.ingangsdatum = ingangsdatum;
        this.gemeldOp = gemeldOp;
        this.bron = bron;
    }

    public Leveringsstatus status() {
        return Leveringsstatus.vanCode(status).orElseThrow();
    }

    public String classificatie() {
        return classificatie;
    }

    public LocalDate ingangsdatum() {
        return ingangsdatum;
    }

    public LocalDate einddatum() {
        return einddatum;
    }

    public boolean isActueel() {
        return einddatum == null;
    }

    /** True when the status held on the peildatum (einddatum exclusive). */
    public boolean geldtOp(LocalDate peildatum) {
        return !ingangsdatum.isAfter(peildatum) && (einddatum == null || einddatum.isAfter(peildatum));
    }

    void sluit(LocalDate datum) {
        this.einddatum = datum;
    }
}
