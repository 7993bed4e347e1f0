package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Periode;

/** The decision on a case: outcome, period, deadlines and who took it; the lines and grounds are on the case. */
@Embeddable
public class Besluit {

    @Enumerated(EnumType.STRING)
    @Column(name = "uitkomst", length = 12)
    private Uitkomst uitkomst;
    @Column(name = "ingangsdatum")
    private LocalDate ingangsdatum;
    @Column(name = "einddatum")
    private LocalDate einddatum;
    @Column(name = "heraanvraagdatum")
    private LocalDate heraanvraagdatum;
    @Column(name = "motivering", length = 4000)
    private String motivering;
    @Column(name = "besloten_door", length = 100)
    private String beslotenDoor;
    @Column(name = "besloten_op")
    private Instant beslotenOp;
    @Column(name = "bevestigd_door_beoordelaar", length = 100)
    private String bevestigdDoorBeoordelaar;
    @Column(name = "doelmatigheidsnotitie", length = 2000)
    private String doelmatigheidsnotitie;
    @Column(name = "norm_dagen")
    private Integer normDagen;
    /** Kept so that set-based readers (toezicht, RULES O-02) need no date arithmetic in SQL. */
    @Column(name = "duur_dagen")
    private Integer duurDagen;

    protected Besluit() {
    }

    Besluit(Uitkomst uitkomst, Periode periode, LocalDate heraanvraagdatum, Besluitvoorstel voorstel, Instant op,
            Integer normDagen) {
        this.uitkomst = uitkomst;
        this.ingangsdatum = periode == null ? null : periode.begin();
        this.einddatum = periode == null ? null : periode.eind();
        this.heraanvraagdatum = heraanvraagdatum;
        this.motivering = voorstel.motivering();
        this.beslotenDoor = voorstel.wie();
        this.beslotenOp = op;
        this.bevestigdDoorBeoordelaar = voorstel.bevestigdDoorBeoordelaar();
        this.doelmatigheidsnotitie = voorstel.doelmatigheidsnotitie();
        this.normDagen = normDagen;
        this.duurDagen = periode == null ? null : Math.toIntExact(periode.dagen());
    }

    public Uitkomst uitkomst() {
        return uitkomst;
    }

    /** The granted period; null for a refusal. */
    public Periode periode() {
        return ingangsdatum == null ? null : Periode.van(ingangsdatum, einddatum);
    }

    public LocalDate heraanvraagdatum() {
        return heraanvraagdatum;
    }

    public String motivering() {
        return motivering;
    }

    public String beslotenDoor() {
        return beslotenDoor;
    }

    public Instant beslotenOp() {
        return beslotenOp;
    }

    public String bevestigdDoorBeoordelaar() {
        return bevestigdDoorBeoordelaar;
    }

    public String doelmatigheidsnotitie() {
        return doelmatigheidsnotitie;
    }

    /** RULES O-02: the region's acceptable duration for overbruggingszorg when it was granted. */
    public Integer normDagen() {
        return normDagen;
    }
}
