package nl.zorgkantoor.wlz.admin.web.rapporten;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.ScenarioView;
import nl.zorgkantoor.wlz.budget.api.Scenariosimulator;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * Rapporten › Scenariosimulatie (RULES B-07): policy staff run the rule sets huidig and advies over a region or the
 * country and download the result as CSV or PDF. Aggregates only, no client data. Calls the budget api only.
 */
@Named
@ViewScoped
public class ScenarioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Scenariosimulator simulator;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    private String regio = "";
    private LocalDate peildatum;
    private BigDecimal kader;
    private transient ScenarioView resultaat;

    public void simuleer() {
        try {
            resultaat = simulator.simuleer(regio == null || regio.isBlank() ? null : regio, getPeildatum(), kader);
            vastlegging.toegestaan(Actie.INZIEN, null, "scenariosimulatie", resultaat.gebied() + " peildatum "
                    + resultaat.peildatum());
        } catch (BudgetvraagOngeldig e) {
            Meldingen.fout(e.getMessage());
        }
    }

    public void csv() throws IOException {
        download("text/csv; charset=UTF-8", "csv", resultaat == null ? null : resultaat.csv());
    }

    public void pdf() throws IOException {
        download("application/pdf", "pdf", resultaat == null ? null : resultaat.pdf());
    }

    private void download(String type, String extensie, byte[] inhoud) throws IOException {
        if (inhoud == null) {
            Meldingen.fout("Voer eerst een simulatie uit.");
            return;
        }
        vastlegging.toegestaan(Actie.DOWNLOADEN, null, "scenariosimulatie", resultaat.gebied() + " (" + extensie + ")");
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext uit = faces.getExternalContext();
        uit.responseReset();
        uit.setResponseContentType(type);
        uit.setResponseContentLength(inhoud.length);
        uit.setResponseHeader("Content-Disposition", "attachment; filename=\"scenariosimulatie-" + resultaat.gebied()
                + "-" + resultaat.peildatum() + "." + extensie + "\"");
        try (OutputStream stroom = uit.getResponseOutputStream()) {
            stroom.write(inhoud);
        }
        faces.responseComplete();
    }

    public List<ZorgkantoorRegio> getRegios() {
        return ZorgkantoorRegio.actieve();
    }

    public ScenarioView getResultaat() {
        return resultaat;
    }

    public String euro(long centen) {
        return nl.zorgkantoor.wlz.kernel.Bedrag.centen(centen).formatteer();
    }

    public String getRegio() {
        return regio;
    }

    public void setRegio(String regio) {
        this.regio = regio;
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

    public BigDecimal getKader() {
        return kader;
    }

    public void setKader(BigDecimal kader) {
        this.kader = kader;
    }
}
