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
        vastlegging.toegestaan(Actie.INZIEN, clientId, "cliëntdossier",
                "persoonsgegevens, " + indicaties.size() + " indicatiebesluit(en)");
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
