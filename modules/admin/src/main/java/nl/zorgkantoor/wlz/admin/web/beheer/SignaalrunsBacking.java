package nl.zorgkantoor.wlz.admin.web.beheer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.SignaalrunVoortgang;
import nl.zorgkantoor.wlz.budget.api.Signaalruns;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * Beheer › Doelmatigheidscontroles: a BEHEERDER starts the checks for every active region as one batch job (one
 * partition per region) and follows it region by region, with the time each region took. Calls the budget api only.
 */
@Named
@ViewScoped
public class SignaalrunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Signaalruns runs;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    private LocalDate peildatum;
    private Long executie;
    private transient SignaalrunVoortgang voortgang;

    public void start() {
        try {
            executie = runs.start(getPeildatum(), ZorgkantoorRegio.actieve().stream().map(ZorgkantoorRegio::code)
                    .toList());
            voortgang = null;
            vastlegging.toegestaan(Actie.BEHEER, null, "doelmatigheidscontroles", "gestart alle regio's peildatum "
                    + getPeildatum() + " (run " + executie + ")");
            Meldingen.info("De doelmatigheidscontroles voor alle regio's zijn gestart (run " + executie + ").");
        } catch (BudgetvraagOngeldig e) {
            Meldingen.fout(e.getMessage());
        }
    }

    public void vernieuw() {
        voortgang = null;
    }

    public SignaalrunVoortgang getVoortgang() {
        if (voortgang == null) {
            if (executie == null) {
                executie = runs.laatste(null).orElse(null);
            }
            voortgang = executie == null ? null : runs.voortgang(executie, null);
        }
        return voortgang;
    }

    /** Wall-clock sum of the regions' times (the job runs two regions at a time). */
    public long getTotaalMs() {
        SignaalrunVoortgang v = getVoortgang();
        return v == null ? 0 : v.regios().stream().mapToLong(r -> r.duurMs() == null ? 0 : r.duurMs()).sum();
    }

    public LocalDate getPeildatum() {
        if (peildatum == null) {
            peildatum = klok.vandaag();
        }
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum;
    }
}
