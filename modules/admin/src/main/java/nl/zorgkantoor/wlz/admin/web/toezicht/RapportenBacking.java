package nl.zorgkantoor.wlz.admin.web.toezicht;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Arrays;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.reports.JobStatus;
import nl.zorgkantoor.wlz.reports.RapportJobs;
import nl.zorgkantoor.wlz.reports.RapportNietGestart;
import nl.zorgkantoor.wlz.reports.StapStatus;
import nl.zorgkantoor.wlz.toezicht.api.ArchiefRapport;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/**
 * Rapporten › Archief: the nightly zorgplicht and waiting-list PDFs (aggregates only, RULES W-08) for TOEZICHTHOUDER
 * and BEHEERDER, server-side paged; a BEHEERDER starts a report for a peildatum (forced re-render optional; a second
 * start while one runs is refused with the facade's Dutch reason) and follows its steps and partitions.
 */
@Named
@ViewScoped
public class RapportenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGINAGROOTTE = 25;
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @EJB
    private RapportArchief archief;

    @EJB
    private RapportJobs jobs;

    @Inject
    private HuidigeGebruiker gebruiker;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    // filters (also from the mail link: ?rapport=…&peildatum=…)
    private String rapport;
    private LocalDate peildatum;
    private String regio;
    private int eerste;
    private transient Pagina<ArchiefRapport> pagina;

    // starting a run
    private String startRapport = Rapportsoort.ZORGPLICHT.name();
    private LocalDate startPeildatum;
    private boolean geforceerd;
    private Long executie;
    private transient JobStatus status;
    private transient List<StapStatus> stappen;

    public Pagina<ArchiefRapport> getPagina() {
        if (pagina == null) {
            pagina = archief.archief(rapportsoort(rapport), peildatum, regio, eerste, PAGINAGROOTTE);
        }
        return pagina;
    }

    public void zoek() {
        eerste = 0;
        pagina = null;
    }

    public void vorige() {
        eerste = Math.max(0, eerste - PAGINAGROOTTE);
        pagina = null;
    }

    public void volgende() {
        eerste += PAGINAGROOTTE;
        pagina = null;
    }

    /** A BEHEERDER starts a run; the page checks the role too, because a TOEZICHTHOUDER may open it. */
    public void start() {
        if (!isMagStarten()) {
            vastlegging.geweigerd(Actie.BEHEER, null, "rapportjob", "starten zonder rol BEHEERDER");
            Meldingen.fout("Alleen een beheerder kan een rapport starten.");
            return;
        }
        Rapportsoort soort = rapportsoort(startRapport);
        if (soort == null) {
            Meldingen.fout("Kies welk rapport u wilt starten.");
            return;
        }
        try {
            executie = jobs.startRapport(soort, getStartPeildatum(), geforceerd);
            status = null;
            stappen = null;
            vastlegging.toegestaan(Actie.BEHEER, null, "rapportjob", soort.name() + " peildatum " + getStartPeildatum()
                    + (geforceerd ? " geforceerd" : "") + " gestart (executie " + executie + ")");
            Meldingen.info(soort.titel() + " voor peildatum " + getStartPeildatum() + " is gestart (executie "
                    + executie + ").");
            // forcing is a choice for one start, so a later click cannot re-render a finished peildatum by accident
            geforceerd = false;
        } catch (RapportNietGestart e) {
            Meldingen.fout(e.getMessage() + ".");
        } catch (EJBException e) {
            if (e.getCause() instanceof RapportNietGestart r) {
                Meldingen.fout(r.getMessage() + ".");
            } else {
                Meldingen.fout(e);
            }
        }
    }

    public void vernieuw() {
        status = null;
        stappen = null;
        pagina = null;
    }

    public JobStatus getStatus() {
        if (status == null && executie != null) {
            status = jobs.status(executie);
        }
        return status;
    }

    public List<StapStatus> getStappen() {
        if (stappen == null && executie != null) {
            stappen = jobs.stappen(executie);
        }
        return stappen == null ? List.of() : stappen;
    }

    public boolean isMagStarten() {
        return gebruiker.get().heeftRol(Rollen.BEHEERDER);
    }

    public String regioNaam(String code) {
        if (Cijfertabel.LANDELIJK.equals(code)) {
            return "Landelijk";
        }
        return ZorgkantoorRegio.vanCode(code).map(r -> r.naam() + " (" + code + ")").orElse(code);
    }

    public String tijd(ArchiefRapport r) {
        return TIJD.format(r.aangemaaktOp());
    }

    public String kort(String sha256) {
        return sha256 == null || sha256.length() < 16 ? sha256 : sha256.substring(0, 16) + "…";
    }

    public List<Rapportsoort> getRapportsoorten() {
        return Arrays.asList(Rapportsoort.values());
    }

    public List<ZorgkantoorRegio> getRegios() {
        return ZorgkantoorRegio.actieve();
    }

    private static Rapportsoort rapportsoort(String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        return Arrays.stream(Rapportsoort.values()).filter(s -> s.name().equals(naam)).findFirst().orElse(null);
    }

    public String getRapport() {
        return rapport;
    }

    public void setRapport(String rapport) {
        this.rapport = rapportsoort(rapport) == null ? null : rapport;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum;
    }

    public String getRegio() {
        return regio;
    }

    public void setRegio(String regio) {
        this.regio = regio;
    }

    public String getStartRapport() {
        return startRapport;
    }

    public void setStartRapport(String startRapport) {
        this.startRapport = startRapport;
    }

    public LocalDate getStartPeildatum() {
        if (startPeildatum == null) {
            startPeildatum = klok.vandaag();
        }
        return startPeildatum;
    }

    public void setStartPeildatum(LocalDate startPeildatum) {
        this.startPeildatum = startPeildatum;
    }

    public boolean isGeforceerd() {
        return geforceerd;
    }

    public void setGeforceerd(boolean geforceerd) {
        this.geforceerd = geforceerd;
    }

    public Long getExecutie() {
        return executie;
    }

    /** The run to follow; a plain link (…?executie=N) keeps following it after a reload. */
    public void setExecutie(Long executie) {
        this.executie = executie;
    }
}
