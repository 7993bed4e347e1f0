package nl.zorgkantoor.wlz.admin.web.clienten;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.admin.web.Weigering;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.ClientZoeken;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.budget.api.BudgetBerekening;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.PlafondView;
import nl.zorgkantoor.wlz.budget.api.Plafondvraag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.toezicht.api.Wachtgeschiedenis;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import nl.zorgkantoor.wlz.toezicht.api.Zorglevering;
import nl.zorgkantoor.wlz.toezicht.api.ZorgleveringService;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtRegel;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtZoekvraag;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtenlogService;

/**
 * Het cliëntdossier, opened by client id in the URL ({@code dossier.xhtml?client=42}). The id is untrusted input:
 * indicatie's {@link ClientZoeken#inzien} checks the client's region against the user's before anything is shown,
 * and both the view and a refused attempt are written to the audit trail.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientZoeken clientZoeken;

    @EJB
    private IndicatieService indicatieService;

    @Inject
    private Vastlegging vastlegging;

    private Long clientId;
    private ClientView client;
    private List<IndicatieView> indicaties = List.of();
    private List<AanvraagView> regelingen = List.of();
    private PlafondView budget;
    private String budgetUitleg;

    @EJB
    private RegelingenService regelingenService;

    @EJB
    private BudgetBerekening budgetBerekening;

    @Inject
    private Klok klok;

    @EJB
    private WachtlijstService wachtlijst;

    @EJB
    private ZorgleveringService zorgleveringService;

    @EJB
    private BerichtenlogService berichtenlog;

    /** The latest messages about the client shown in the dossier; the rest is one click away in Berichtenverkeer. */
    static final int BERICHTEN_IN_DOSSIER = 10;

    private Wachtgeschiedenis wachtgeschiedenis;
    private List<Zorglevering> zorglevering = List.of();
    private Pagina<BerichtRegel> toewijzingen;
    private Pagina<BerichtRegel> berichten;

    /** f:viewAction: runs before rendering, on GET only. */
    public void open() {
        if (clientId == null) {
            Weigering.nietGevonden();
            return;
        }
        Optional<ClientView> gevonden;
        try {
            gevonden = clientZoeken.inzien(clientId);
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.INZIEN, clientId, "cliëntdossier", e.getMessage());
            Weigering.geenToegang();
            return;
        }
        if (gevonden.isEmpty()) {
            Weigering.nietGevonden();
            return;
        }
        client = gevonden.get();
        indicaties = indicatieService.indicaties(clientId);
        // regelingen checks the region again for every case: a case of another region can never slip in.
        regelingen = regelingenService.vanClient(clientId);
        berekenBudget();
        // toezicht and uitwisseling check the region themselves, as regelingen does.
        wachtgeschiedenis = wachtlijst.geschiedenis(clientId, client.regio());
        zorglevering = zorgleveringService.vanClient(clientId, client.regio());
        String bsn = client.bsn().waarde();
        toewijzingen = berichtenlog.zoek(new BerichtZoekvraag("AW33", null, "UIT", null, null, null, null, bsn), 0,
                BERICHTEN_IN_DOSSIER);
        berichten = berichtenlog.zoek(new BerichtZoekvraag(null, null, null, null, null, null, null, bsn), 0,
                BERICHTEN_IN_DOSSIER);
        vastlegging.toegestaan(Actie.INZIEN, clientId, "cliëntdossier",
                "persoonsgegevens, " + indicaties.size() + " indicatiebesluit(en), " + regelingen.size()
                        + " regeling(en), budget " + (budget == null ? "-" : budget.totaal().formatteer()) + ", "
                        + wachtgeschiedenis.statussen().size() + " wachtstatus(sen), " + zorglevering.size()
                        + " zorgleveringsperiode(s), " + berichten.totaal() + " bericht(en)");
    }

    /**
     * The ceiling of a budget at home for the indicatiebesluit valid today, when the client's wish is pgb or mpt
     * (RULES B-01, L-02); budget computes it with its explanation lines. Other wishes have no budget at home.
     */
    private void berekenBudget() {
        LocalDate vandaag = klok.vandaag();
        Optional<IndicatieView> geldig = indicaties.stream().filter(i -> i.geldigheid().bevat(vandaag)).findFirst();
        if (geldig.isEmpty()) {
            budgetUitleg = "Geen indicatiebesluit dat vandaag geldt.";
            return;
        }
        Leveringsvorm voorkeur = geldig.get().leveringsvormVoorkeur();
        if (voorkeur != Leveringsvorm.PGB && voorkeur != Leveringsvorm.MPT) {
            budgetUitleg = "Geen budget thuis: de voorkeur is "
                    + (voorkeur == null ? "niet opgegeven" : voorkeur.omschrijving().toLowerCase()) + ".";
            return;
        }
        try {
            budget = budgetBerekening.plafond(new Plafondvraag(geldig.get().zorgprofiel(), vandaag,
                    voorkeur == Leveringsvorm.PGB ? 100 : 0, null, false, List.of(), client.geboortedatum(), null,
                    null, null, false, null));
        } catch (BudgetvraagOngeldig e) {
            budgetUitleg = e.getMessage();
        }
    }

    /** After a medewerker recorded a waiting status: the history as it now stands. */
    void verversWachtgeschiedenis() {
        wachtgeschiedenis = wachtlijst.geschiedenis(clientId, client.regio());
    }

    /** The zorgprofiel of the indicatiebesluit valid today, else of the latest one; null without any. */
    Zorgprofiel huidigZorgprofiel() {
        LocalDate vandaag = klok.vandaag();
        return indicaties.stream().filter(i -> i.geldigheid().bevat(vandaag)).findFirst()
                .or(() -> indicaties.stream().findFirst()).map(IndicatieView::zorgprofiel).orElse(null);
    }

    public Wachtgeschiedenis getWachtgeschiedenis() {
        return wachtgeschiedenis;
    }

    public List<Zorglevering> getZorglevering() {
        return zorglevering;
    }

    public Pagina<BerichtRegel> getToewijzingen() {
        return toewijzingen;
    }

    public Pagina<BerichtRegel> getBerichten() {
        return berichten;
    }

    public List<AanvraagView> getRegelingen() {
        return regelingen;
    }

    public PlafondView getBudget() {
        return budget;
    }

    public String getBudgetUitleg() {
        return budgetUitleg;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public ClientView getClient() {
        return client;
    }

    public String getGeslacht() {
        return client == null ? "" : switch (client.geslacht()) {
            case 'M' -> "man";
            case 'V' -> "vrouw";
            default -> "onbekend";
        };
    }

    public List<IndicatieView> getIndicaties() {
        return indicaties;
    }
}
