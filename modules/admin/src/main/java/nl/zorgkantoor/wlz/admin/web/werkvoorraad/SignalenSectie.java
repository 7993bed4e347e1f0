package nl.zorgkantoor.wlz.admin.web.werkvoorraad;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Pager;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.budget.api.Doelmatigheidscontroles;
import nl.zorgkantoor.wlz.budget.api.SignaalView;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;

/**
 * Werkvoorraad section: the open efficiency signals (doelmatigheidscontroles) of the login's region, oldest first,
 * paged by budget in SQL. Closing a signal happens on Budget › Signalen.
 */
@Named
@ViewScoped
public class SignalenSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Doelmatigheidscontroles controles;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Vastlegging vastlegging;

    private final Pager<SignaalView> pager = new Pager<>(10);

    public Pagina<SignaalView> getPagina() {
        if (pager.pagina() == null) {
            // The region is the login's, never a parameter: a user without a region has no signals to work on.
            String regio = huidigeGebruiker.get().regioOptioneel().map(r -> r.code()).orElse(null);
            Pagina<SignaalView> pagina = pager.laad((eerste, grootte) -> regio == null
                    ? new Pagina<>(List.of(), 0, 0, grootte)
                    : new Pagina<>(controles.open(regio, eerste / grootte, grootte), controles.aantalOpen(regio),
                    eerste, grootte));
            vastlegging.toegestaan(Actie.INZIEN, null, "werkvoorraad doelmatigheidssignalen",
                    "open=" + pagina.totaal() + ", pagina=" + pagina.paginanummer());
        }
        return pager.pagina();
    }

    public void volgende() {
        pager.volgende();
    }

    public void vorige() {
        pager.vorige();
    }
}
