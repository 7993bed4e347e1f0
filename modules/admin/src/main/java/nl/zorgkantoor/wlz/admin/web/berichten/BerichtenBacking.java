package nl.zorgkantoor.wlz.admin.web.berichten;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtRegel;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtZoekvraag;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtenlogService;

/**
 * Berichtenverkeer: the iWlz messages of the user's own zorgkantoorregio, newest first, filtered and paged on the
 * server. The region comes from the login (the exchange's api applies it), never from a filter field.
 */
@Named
@ViewScoped
public class BerichtenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GROOTTE = 25;

    @EJB
    private BerichtenlogService berichtenlog;

    @Inject
    private Vastlegging vastlegging;

    private String berichtsoort;
    private String partner;
    private String richting;
    private String status;
    private String retourcode;
    private LocalDate vanaf;
    private LocalDate totEnMet;
    private String bsn;
    private int eerste;
    private transient Pagina<BerichtRegel> pagina;

    public void laad() {
        BerichtZoekvraag vraag;
        try {
            vraag = new BerichtZoekvraag(berichtsoort, partner, richting, status, retourcode, vanaf, totEnMet, bsn);
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            vraag = BerichtZoekvraag.alles();
            eerste = 0;
        }
        pagina = berichtenlog.zoek(vraag, eerste, GROOTTE);
        // a search by BSN looks up a client's messages: recorded in the audit trail like a client search
        vastlegging.toegestaan(bsn == null || bsn.isBlank() ? Actie.INZIEN : Actie.ZOEKEN, null, "berichtenverkeer",
                vraag.toString());
    }

    public void zoek() {
        eerste = 0;
        laad();
    }

    public void volgende() {
        eerste += GROOTTE;
        laad();
    }

    public void vorige() {
        eerste = Math.max(0, eerste - GROOTTE);
        laad();
    }

    public Pagina<BerichtRegel> getPagina() {
        if (pagina == null) {
            laad();
        }
        return pagina;
    }

    public List<String> getBerichtsoorten() {
        return List.of("IO31", "AW35", "AW39", "AW33", "CA317", "CA319", "AW317");
    }

    public List<String> getStatussen() {
        return List.of("VERWERKT", "AFGEKEURD", "HERHAALD", "DUBBELE_IDENTIFICATIE");
    }

    public String getBerichtsoort() {
        return berichtsoort;
    }

    public void setBerichtsoort(String berichtsoort) {
        this.berichtsoort = berichtsoort;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getRichting() {
        return richting;
    }

    public void setRichting(String richting) {
        this.richting = richting;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRetourcode() {
        return retourcode;
    }

    public void setRetourcode(String retourcode) {
        this.retourcode = retourcode;
    }

    public LocalDate getVanaf() {
        return vanaf;
    }

    public void setVanaf(LocalDate vanaf) {
        this.vanaf = vanaf;
    }

    public LocalDate getTotEnMet() {
        return totEnMet;
    }

    public void setTotEnMet(LocalDate totEnMet) {
        this.totEnMet = totEnMet;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }
}
