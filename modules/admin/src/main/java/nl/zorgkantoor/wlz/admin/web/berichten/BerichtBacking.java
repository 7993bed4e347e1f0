package nl.zorgkantoor.wlz.admin.web.berichten;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.admin.web.Weigering;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtDetail;
import nl.zorgkantoor.wlz.uitwisseling.api.BerichtenlogService;

/**
 * One message ({@code bericht.xhtml?id=42}): header data, the retour codes in words, heen- and retourbericht as
 * indented XML (the page escapes it: the XML is shown, never interpreted), and for a rejected outbound message the
 * button that sends it again. A message outside the user's region is "not found": the id reveals nothing.
 */
@Named
@ViewScoped
public class BerichtBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BerichtenlogService berichtenlog;

    @Inject
    private Vastlegging vastlegging;

    private Long id;
    private BerichtDetail detail;

    /** f:viewAction: runs before rendering, on GET only. */
    public void open() {
        if (id == null) {
            Weigering.nietGevonden();
            return;
        }
        try {
            detail = berichtenlog.detail(id).orElse(null);
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.INZIEN, null, "iWlz-bericht " + id, e.getMessage());
            Weigering.geenToegang();
            return;
        }
        if (detail == null) {
            Weigering.nietGevonden();
            return;
        }
        vastlegging.toegestaan(Actie.INZIEN, null, "iWlz-bericht " + id,
                detail.regel().berichtsoort() + " " + detail.regel().richting());
    }

    public void verstuurOpnieuw() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long nieuw = berichtenlog.verstuurOpnieuw(id);
            vastlegging.toegestaan(Actie.WIJZIGEN, null, "iWlz-bericht " + id, "opnieuw verstuurd als " + nieuw);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Het bericht staat opnieuw klaar voor verzending (uitgaand bericht " + nieuw + ").", null));
            detail = berichtenlog.detail(id).orElse(detail);
        } catch (IllegalStateException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BerichtDetail getDetail() {
        return detail;
    }
}
