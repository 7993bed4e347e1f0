package nl.zorgkantoor.wlz.admin.web.budget;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.budget.api.BudgetBerekening;
import nl.zorgkantoor.wlz.budget.api.BudgetTarieven;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.Plafondvraag;
import nl.zorgkantoor.wlz.budget.api.ToeslagView;
import nl.zorgkantoor.wlz.budget.api.ToetsView;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.ClientZoeken;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;

/**
 * Budget › Budgetcalculator: what-if of the ceiling and the doelmatigheidstoets (RULES B-01, B-02) for a hypothetical
 * profile or for a client of the user's own region (taken over through the indicatie api, which checks the region),
 * with the explanation lines. All arithmetic is the budget api's.
 */
@Named
@ViewScoped
public class CalculatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BudgetBerekening berekening;

    @EJB
    private BudgetTarieven tarieven;

    @EJB
    private ClientZoeken clientZoeken;

    @EJB
    private IndicatieService indicatieService;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    private Long clientId;
    private Zorgprofiel profiel = Zorgprofiel.VV5;
    private LocalDate peildatum;
    private String leveringsvorm = "pgb";
    private Integer pgbProcent = 50;
    private String regelset = "advies";
    private List<String> toeslagen = new ArrayList<>();
    private LocalDate geboortedatum;
    private BigDecimal pgbPerJaar;
    private transient ToetsView toets;

    /** Takes profile and birth date from the client's indication in force; the indicatie api refuses other regions. */
    public void neemClientOver() {
        if (clientId == null) {
            Meldingen.fout("Vul een cliëntnummer in.");
            return;
        }
        Optional<ClientView> client;
        try {
            client = clientZoeken.inzien(clientId);
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.INZIEN, clientId, "budgetcalculator", e.getMessage());
            Meldingen.fout("Geen toegang: deze cliënt hoort niet bij uw regio.");
            return;
        }
        Optional<IndicatieView> indicatie = client.flatMap(c -> indicatieService.geldigeIndicatie(c.id(),
                getPeildatum()));
        if (indicatie.isEmpty()) {
            Meldingen.fout("Cliënt " + clientId + " heeft op " + getPeildatum() + " geen geldige indicatie.");
            return;
        }
        profiel = indicatie.get().zorgprofiel();
        geboortedatum = client.get().geboortedatum();
        vastlegging.toegestaan(Actie.INZIEN, clientId, "budgetcalculator", "zorgprofiel en geboortedatum overgenomen");
        Meldingen.info("Zorgprofiel " + profiel.label() + " en geboortedatum van cliënt " + clientId + " overgenomen.");
    }

    public void bereken() {
        int procent = switch (leveringsvorm) {
            case "mpt" -> 0;
            case "gemengd" -> pgbProcent == null ? -1 : pgbProcent;
            default -> 100;
        };
        if (procent < 0 || procent > 100) {
            Meldingen.fout("Pgb-deel: een percentage van 1 tot 99.");
            return;
        }
        Plafondvraag.Thuiskosten kosten = new Plafondvraag.Thuiskosten(
                pgbPerJaar == null ? Bedrag.NUL : new Bedrag(pgbPerJaar), List.of());
        try {
            toets = berekening.doelmatigheidstoets(new Plafondvraag(profiel, getPeildatum(), procent, regelset, false,
                    toeslagen, geboortedatum, null, null, null, false, kosten));
            if (clientId != null) {
                vastlegging.toegestaan(Actie.INZIEN, clientId, "budgetcalculator", "berekening " + profiel.label());
            }
        } catch (BudgetvraagOngeldig | IllegalArgumentException e) {
            toets = null;
            Meldingen.fout(e.getMessage());
        }
    }

    public List<ToeslagView> getToeslagopties() {
        return tarieven.toeslagen(getPeildatum());
    }

    public List<Zorgprofiel> getProfielen() {
        return List.of(Zorgprofiel.values());
    }

    public ToetsView getToets() {
        return toets;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Zorgprofiel getProfiel() {
        return profiel;
    }

    public void setProfiel(Zorgprofiel profiel) {
        this.profiel = profiel;
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

    public String getLeveringsvorm() {
        return leveringsvorm;
    }

    public void setLeveringsvorm(String leveringsvorm) {
        this.leveringsvorm = leveringsvorm;
    }

    public Integer getPgbProcent() {
        return pgbProcent;
    }

    public void setPgbProcent(Integer pgbProcent) {
        this.pgbProcent = pgbProcent;
    }

    public String getRegelset() {
        return regelset;
    }

    public void setRegelset(String regelset) {
        this.regelset = regelset;
    }

    public List<String> getToeslagen() {
        return toeslagen;
    }

    public void setToeslagen(List<String> toeslagen) {
        this.toeslagen = toeslagen == null ? new ArrayList<>() : new ArrayList<>(toeslagen);
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public void setGeboortedatum(LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
    }

    public BigDecimal getPgbPerJaar() {
        return pgbPerJaar;
    }

    public void setPgbPerJaar(BigDecimal pgbPerJaar) {
        this.pgbPerJaar = pgbPerJaar;
    }
}
