package nl.zorgkantoor.wlz.admin.web.werkvoorraad;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Pager;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtRegel;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtenlogService;

/**
 * Werkvoorraad section: outbound messages a partner rejected (a class with a retour code other than 0200) and that
 * were not sent again; uitwisseling limits them to the login's region and pages them. Resending happens on the
 * message's own page (Berichtenverkeer).
 */
@Named
@ViewScoped
public class BerichtenSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BerichtenlogService berichtenlog;

    @Inject
    private Vastlegging vastlegging;

    private final Pager<BerichtRegel> pager = new Pager<>(10);

    public Pagina<BerichtRegel> getPagina() {
        if (pager.pagina() == null) {
            Pagina<BerichtRegel> pagina = pager.laad(berichtenlog::afgewezenBerichten);
            vastlegging.toegestaan(Actie.INZIEN, null, "werkvoorraad afgewezen berichten",
                    "gevonden=" + pagina.totaal() + ", pagina=" + pagina.paginanummer());
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
