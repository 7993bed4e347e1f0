package nl.zorgkantoor.wlz.toezicht.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;

/**
 * One stay of a client on the waiting list (RULES W-01). It opens with the first waiting status a
 * (voorkeurs)aanbieder reports (AW39) or an administrator enters, follows every status change with its dates and
 * reporter (W-04), and closes when care starts (AW35, status 4 "in zorg") or the care request ends (status 5). A
 * client has at most one open entry; a later waiting status after closing opens a new one. Region, sector and
 * zorgprofiel are fixed at opening, because that is how the NZa counts a waiting client (Tabel 1). Overbruggingszorg
 * received while waiting belongs to the entry (RULES O-01).
 */
@Entity
@Table(name = "wachtlijst_inschrijving")
public class Wachtlijstinschrijving {

    @Id
    @SequenceGenerator(name = "wachtlijst_inschrijving_seq", sequenceName = "wachtlijst_inschrijving_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wachtlijst_inschrijving_seq")
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "regio_code", nullable = false, length = 4)
    private String regioCode;

    @Column(nullable = false, length = 3)
    private String sector;

    @Column(nullable = false, length = 10)
    private String zorgprofiel;

    @Column(length = 20)
    private String voorkeursaanbieder;

    @Column(nullable = false)
    private LocalDate ingangsdatum;

    @Column(nullable = false)
    private long ingangsdag;

    private LocalDate einddatum;

    private Long einddag;

    @Column(length = 1)
    private String eindstatus;

    @Column(name = "geplaatst_bij", length = 20)
    private String geplaatstBij;

    @Column(name = "bij_voorkeur")
    private Boolean bijVoorkeur;

    @Column(name = "alternatief_geweigerd", nullable = false)
    private boolean alternatiefGeweigerd;

    @Version
    private long versie;

    @OneToMany(mappedBy = "inschrijving", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ingangsdatum, id")
    private List<Wachtstatusregel> statussen = new ArrayList<>();

    protected Wachtlijstinschrijving() {
    }

    private Wachtlijstinschrijving(long clientId, ZorgkantoorRegio regio, Zorgprofiel zorgprofiel,
                                   String voorkeursaanbieder, LocalDate ingangsdatum) {
        this.clientId = clientId;
        this.regioCode = regio.code();
        this.sector = zorgprofiel.sector().name();
        this.zorgprofiel = zorgprofiel.name();
        this.voorkeursaanbieder = voorkeursaanbieder;
        this.ingangsdatum = ingangsdatum;
        this.ingangsdag = ingangsdatum.toEpochDay();
    }

    /** Opens an entry with its first waiting status. */
    public static Wachtlijstinschrijving open(long clientId, ZorgkantoorRegio regio, Zorgprofiel zorgprofiel,
                                              Leveringsstatus status, String classificatie, String aanbieder,
                                              LocalDate ingangsdatum, Instant gemeldOp, String bron) {
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(zorgprofiel, "zorgprofiel");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        if (!status.isWachtend()) {
            throw new OngeldigeWachtlijstMelding("Status " + status.code() + " (" + status.omschrijving()
                    + ") kan geen wachtlijstinschrijving openen");
        }
        Wachtlijstinschrijving inschrijving = new Wachtlijstinschrijving(clientId, regio, zorgprofiel, aanbieder,
                ingangsdatum);
        inschrijving.statussen.add(new Wachtstatusregel(inschrijving, status, classificatie, aanbieder,
                ingangsdatum, gemeldOp, bron));
        return inschrijving;
    }

    /**
     * Records a later waiting status (RULES W-01, W-04). The same status on the same date again is ignored, so a
     * repeated AW39 changes nothing.
     *
     * @return false when the change was already known
     */
    public boolean wijzigStatus(Leveringsstatus status, String classificatie, String aanbieder, LocalDate datum,
                                Instant gemeldOp, String bron) {
        if (!status.isWachtend()) {
            throw new IllegalArgumentException("gebruik beeindig() voor status " + status.code());
        }
        if (isAfgesloten()) {
            throw new OngeldigeWachtlijstMelding("De wachtlijstinschrijving is per " + einddatum + " afgesloten");
        }
        if (statussen.stream().anyMatch(s -> s.status() == status && s.ingangsdatum().equals(datum))) {
            return false;
        }
        Wachtstatusregel huidige = huidigeStatus().orElseThrow();
        if (datum.isBefore(huidige.ingangsdatum())) {
            throw new OngeldigeWachtlijstMelding("Statuswijziging per " + datum + " ligt vóór de huidige status "
                    + huidige.status().code() + " per " + huidige.ingangsdatum());
        }
        huidige.sluit(datum);
        statussen.add(new Wachtstatusregel(this, status, classificatie, aanbieder, datum, gemeldOp, bron));
        return true;
    }

    /**
     * Ends the wait: status 4 (care started, AW35) or 5 (care request ended). Marks whether the client was placed
     * at the preferred provider, for the share of admissions at the place of preference (toezicht.md report a.4).
     *
     * @return false when the entry was already closed on that date with that status
     */
    public boolean beeindig(Leveringsstatus eindstatus, LocalDate datum, String aanbieder) {
        if (eindstatus.isWachtend()) {
            throw new IllegalArgumentException("status " + eindstatus.code() + " beëindigt het wachten niet");
        }
        if (isAfgesloten()) {
            if (datum.equals(einddatum) && eindstatus.code().equals(this.eindstatus)) {
                return false;
            }
            throw new OngeldigeWachtlijstMelding("De wachtlijstinschrijving is al per " + einddatum + " afgesloten");
        }
        if (datum.isBefore(ingangsdatum)) {
            throw new OngeldigeWachtlijstMelding("Einde wachten per " + datum + " ligt vóór de inschrijving per "
                    + ingangsdatum);
        }
        huidigeStatus().ifPresent(s -> s.sluit(datum.isBefore(s.ingangsdatum()) ? s.ingangsdatum() : datum));
        this.einddatum = datum;
        this.einddag = datum.toEpochDay();
        this.eindstatus = eindstatus.code();
        if (eindstatus == Leveringsstatus.IN_ZORG) {
            this.geplaatstBij = aanbieder;
            this.bijVoorkeur = aanbieder != null && aanbieder.equals(voorkeursaanbieder);
        }
        return true;
    }

    /** RULES O-02: the client refused a suitable alternative place offered while waiting. */
    public void registreerGeweigerdAlternatief() {
        this.alternatiefGeweigerd = true;
    }

    /** The waiting status on the peildatum, empty when the client was not waiting then. */
    public Optional<Leveringsstatus> statusOp(LocalDate peildatum) {
        return statussen.stream().filter(s -> s.geldtOp(peildatum)).map(Wachtstatusregel::status).findFirst();
    }

    public Optional<Wachtstatusregel> huidigeStatus() {
        return statussen.stream().filter(Wachtstatusregel::isActueel).findFirst();
    }

    public boolean isAfgesloten() {
        return einddatum != null;
    }

    public Long id() {
        return id;
    }

    public long clientId() {
        return clientId;
    }

    public ZorgkantoorRegio regio() {
        return ZorgkantoorRegio.parse(regioCode);
    }

    public Sector sector() {
        return Sector.valueOf(sector);
    }

    public Zorgprofiel zorgprofiel() {
        return Zorgprofiel.valueOf(zorgprofiel);
    }

    public String voorkeursaanbieder() {
        return voorkeursaanbieder;
    }

    public LocalDate ingangsdatum() {
        return ingangsdatum;
    }

    public LocalDate einddatum() {
        return einddatum;
    }

    public Boolean bijVoorkeur() {
        return bijVoorkeur;
    }

    public List<Wachtstatusregel> statussen() {
        return Collections.unmodifiableList(statussen);
    }
}
