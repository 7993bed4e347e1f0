package nl.zorgkantoor.wlz.admin.web.clienten;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Pager;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.ClientZoeken;
import nl.zorgkantoor.wlz.indicatie.api.ClientZoekvraag;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/** Cliënt zoeken: by BSN, name and date of birth, within the user's region (enforced by indicatie), paged. */
@Named
@ViewScoped
public class ClientZoekenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GROOTTE = 20;

    @EJB
    private ClientZoeken clientZoeken;

    @Inject
    private Vastlegging vastlegging;

    private String bsn;
    private String naam;
    private LocalDate geboortedatum;
    private ClientZoekvraag.Sortering sortering = ClientZoekvraag.Sortering.ACHTERNAAM;
    private boolean aflopend;
    private final Pager<ClientView> pager = new Pager<>(GROOTTE);
    private boolean gezocht;

    public void zoek() {
        pager.eerstePagina();
        laad();
    }

    public void sorteer(ClientZoekvraag.Sortering op) {
        aflopend = op == sortering && !aflopend;
        sortering = op;
        pager.eerstePagina();
        laad();
    }

    public void volgende() {
        pager.volgende();
        laad();
    }

    public void vorige() {
        pager.vorige();
        laad();
    }

    private void laad() {
        Bsn gezochtBsn;
        try {
            gezochtBsn = bsn == null || bsn.isBlank() ? null : Bsn.of(bsn.trim());
        } catch (IllegalArgumentException e) {
            Meldingen.fout("Dit BSN is niet geldig (11-proef). Controleer de negen cijfers.");
            pager.eerstePagina();
            gezocht = false;
            return;
        }
        ClientZoekvraag vraag = new ClientZoekvraag(gezochtBsn, naam, geboortedatum, sortering, aflopend);
        Pagina<ClientView> pagina = pager.laad((eerste, grootte) -> clientZoeken.zoek(vraag, eerste, grootte));
        gezocht = true;
        // A search shows names and BSNs: recorded with the criteria (the BSN masked) and the number of hits.
        vastlegging.toegestaan(Actie.ZOEKEN, null, "cliënten zoeken",
                "bsn=" + (gezochtBsn == null ? "-" : Bsn.maskeer(gezochtBsn.waarde())) + ", naam=" + (naam == null ? "-" : naam)
                        + ", geboortedatum=" + (geboortedatum == null ? "-" : geboortedatum)
                        + ", gevonden=" + pagina.totaal() + ", pagina=" + pagina.paginanummer());
    }

    /** Null before the first search; the rows are loaded only by a search, sort or page action of this view. */
    public Pagina<ClientView> getPagina() {
        return gezocht ? pager.pagina() : null;
    }

    public List<ClientZoekvraag.Sortering> getSorteringen() {
        return List.of(ClientZoekvraag.Sortering.values());
    }

    public String pijl(ClientZoekvraag.Sortering op) {
        return op != sortering ? "" : aflopend ? " ▼" : " ▲";
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public void setGeboortedatum(LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
    }
}
