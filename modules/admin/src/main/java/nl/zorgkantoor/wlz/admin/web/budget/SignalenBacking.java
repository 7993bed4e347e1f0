package nl.zorgkantoor.wlz.admin.web.budget;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.Doelmatigheidscontroles;
import nl.zorgkantoor.wlz.budget.api.SignaalView;
import nl.zorgkantoor.wlz.budget.api.SignaalrunVoortgang;
import nl.zorgkantoor.wlz.budget.api.Signaalruns;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;

/**
 * Budget › Doelmatigheidssignalen: the open signals of the user's own region (the region comes from the login,
 * never from the request), paged on the server, closed with a reason; and a run of the checks for the region as a
 * batch job with its progress. Calls the budget api only.
 */
@Named
@ViewScoped
public class SignalenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GROOTTE = 25;

    @EJB
    private Doelmatigheidscontroles controles;

    @EJB
    private Signaalruns runs;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    private int eerste;
    private transient Pagina<SignaalView> pagina;
    /** The signal being closed, as plain strings: the view state must stay serialisable. */
    private String gekozenSoort;
    private long gekozenClient;
    private String gekozenOnderwerp;
    private String gekozenTekst;
    private String reden;
    private LocalDate peildatum;
    private Long executie;
    private transient SignaalrunVoortgang voortgang;

    private String regio() {
        return huidigeGebruiker.get().regioOptioneel().map(ZorgkantoorRegio::code)
                .orElseThrow(() -> new IllegalStateException("Uw account heeft geen zorgkantoorregio"));
    }

    public void laad() {
        String regio = regio();
        long totaal = controles.aantalOpen(regio);
        List<SignaalView> rijen = controles.open(regio, eerste / GROOTTE, GROOTTE);
        pagina = new Pagina<>(rijen, totaal, eerste, GROOTTE);
        vastlegging.toegestaan(Actie.INZIEN, null, "doelmatigheidssignalen", "regio " + regio + ", vanaf " + eerste);
    }

    public void volgende() {
        eerste += GROOTTE;
        laad();
    }

    public void vorige() {
        eerste = Math.max(0, eerste - GROOTTE);
        laad();
    }

    public void kies(SignaalView signaal) {
        gekozenSoort = signaal.sleutel().soort();
        gekozenClient = signaal.sleutel().clientId();
        gekozenOnderwerp = signaal.sleutel().onderwerp();
        gekozenTekst = signaal.sleutel().soort() + " (RULES " + signaal.regel() + "), cliënt "
                + signaal.sleutel().clientId() + ": " + signaal.toelichting();
        reden = null;
    }

    public void annuleer() {
        gekozenSoort = null;
        reden = null;
    }

    public void sluit() {
        if (gekozenSoort == null) {
            Meldingen.fout("Kies eerst een signaal.");
            return;
        }
        try {
            controles.sluit(new SignaalView.Sleutel(gekozenSoort, gekozenClient, gekozenOnderwerp), reden);
            vastlegging.toegestaan(Actie.WIJZIGEN, gekozenClient, "doelmatigheidssignaal",
                    "gesloten: " + gekozenSoort + " " + gekozenOnderwerp + "; reden: " + reden);
            Meldingen.info("Signaal " + gekozenSoort + " van cliënt " + gekozenClient + " is gesloten.");
            gekozenSoort = null;
            reden = null;
            laad();
        } catch (BudgetvraagOngeldig e) {
            // the reason the user typed stays in the field
            Meldingen.fout(e.getMessage());
        }
    }

    /** Starts the checks of the own region as a batch job; the page then shows its progress. */
    public void start() {
        try {
            executie = runs.start(getPeildatum(), List.of(regio()));
            vastlegging.toegestaan(Actie.BEHEER, null, "doelmatigheidscontroles", "gestart regio " + regio()
                    + " peildatum " + getPeildatum() + " (run " + executie + ")");
            Meldingen.info("De doelmatigheidscontroles voor " + regio() + " zijn gestart (run " + executie + ").");
            voortgang = null;
        } catch (BudgetvraagOngeldig e) {
            Meldingen.fout(e.getMessage());
        }
    }

    public void vernieuw() {
        voortgang = null;
        laad();
    }

    public SignaalrunVoortgang getVoortgang() {
        if (voortgang == null) {
            if (executie == null) {
                executie = runs.laatste(List.of(regio())).orElse(null);
            }
            voortgang = executie == null ? null : runs.voortgang(executie, List.of(regio()));
        }
        return voortgang;
    }

    public Pagina<SignaalView> getPagina() {
        if (pagina == null) {
            laad();
        }
        return pagina;
    }

    public boolean isGekozen() {
        return gekozenSoort != null;
    }

    public String getGekozenTekst() {
        return gekozenTekst;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
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
