package nl.zorgkantoor.wlz.admin.web.regelingen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Pager;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagRegel;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraagfilter;
import nl.zorgkantoor.wlz.regelingen.api.RegelingFout;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;

/**
 * The aanvragen of the user's region (regelingen decides which region: the login's), filterable by regeling and
 * state, sorted and paged in the database. Used by Aanvraag behandelen and as the first section of the werkvoorraad.
 */
@Named
@ViewScoped
public class AanvragenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GROOTTE = 20;

    @EJB
    private RegelingenService regelingen;

    @Inject
    private Vastlegging vastlegging;

    private Soort soort;
    private Status status;
    private boolean alleenOpen = true;
    private Aanvraagfilter.Sortering sortering = Aanvraagfilter.Sortering.BESLISTERMIJN;
    private boolean aflopend;
    private final Pager<AanvraagRegel> pager = new Pager<>(GROOTTE);

    public Pagina<AanvraagRegel> getPagina() {
        if (pager.pagina() == null) {
            laad();
        }
        return pager.pagina();
    }

    private void laad() {
        Aanvraagfilter filter = new Aanvraagfilter(soort, status, alleenOpen, null, sortering, aflopend);
        try {
            Pagina<AanvraagRegel> pagina = pager.laad((eerste, grootte) -> Pager.vanRegelingen(
                    regelingen.aanvragen(filter, eerste / grootte, grootte)));
            // The list shows client numbers and what they applied for: recorded like a client search.
            vastlegging.toegestaan(Actie.ZOEKEN, null, "aanvragen", "soort=" + (soort == null ? "-" : soort)
                    + ", status=" + (status == null ? (alleenOpen ? "open" : "-") : status) + ", sortering="
                    + sortering + (aflopend ? " aflopend" : "") + ", gevonden=" + pagina.totaal() + ", pagina="
                    + pagina.paginanummer());
        } catch (RegelingFout e) {
            Meldingen.fout(e.getMessage());
            pager.laad((eerste, grootte) -> new Pagina<>(List.of(), 0, 0, grootte));
        }
    }

    public void zoek() {
        pager.eerstePagina();
        laad();
    }

    public void sorteer(Aanvraagfilter.Sortering op) {
        aflopend = op == sortering && !aflopend;
        sortering = op;
        pager.eerstePagina();
        laad();
    }

    public String pijl(Aanvraagfilter.Sortering op) {
        return op != sortering ? "" : aflopend ? " ▼" : " ▲";
    }

    public void volgende() {
        pager.volgende();
        laad();
    }

    public void vorige() {
        pager.vorige();
        laad();
    }

    public List<Soort> getSoorten() {
        return List.of(Soort.values());
    }

    public List<Status> getStatussen() {
        return List.of(Status.values());
    }

    public Soort getSoort() {
        return soort;
    }

    public void setSoort(Soort soort) {
        this.soort = soort;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public boolean isAlleenOpen() {
        return alleenOpen;
    }

    public void setAlleenOpen(boolean alleenOpen) {
        this.alleenOpen = alleenOpen;
    }
}
