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
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.WerkitemView;

/**
 * Werkvoorraad section: cases whose beslistermijn or heraanvraagdatum nears or has passed, and overbruggingszorg
 * longer than the norm (RULES E-08, M-06, O-02) — regelingen computes them for the login's region, in SQL, paged.
 */
@Named
@ViewScoped
public class TermijnenSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegelingenService regelingen;

    @Inject
    private Vastlegging vastlegging;

    private final Pager<WerkitemView> pager = new Pager<>(10);

    public Pagina<WerkitemView> getPagina() {
        if (pager.pagina() == null) {
            Pagina<WerkitemView> pagina = pager.laad((eerste, grootte) -> Pager.vanRegelingen(
                    regelingen.werkvoorraad(null, eerste / grootte, grootte)));
            vastlegging.toegestaan(Actie.INZIEN, null, "werkvoorraad termijnen",
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
