package nl.zorgkantoor.wlz.admin.web.beheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.toegang.AuditRegel;
import nl.zorgkantoor.wlz.admin.toegang.AuditTrail;
import nl.zorgkantoor.wlz.admin.toegang.AuditZoekvraag;
import nl.zorgkantoor.wlz.admin.web.Pager;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/** Beheer › Audit trail: who saw which client's data, filterable, newest first, paged on the server. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GROOTTE = 25;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Vastlegging vastlegging;

    private String gebruiker;
    private Long clientId;
    private Actie actie;
    private LocalDate vanaf;
    private LocalDate totEnMet;
    private final Pager<AuditRegel> pager = new Pager<>(GROOTTE);
    private String ketenUitkomst;

    public void laad() {
        AuditZoekvraag vraag = new AuditZoekvraag(gebruiker, clientId, actie, vanaf, totEnMet);
        pager.laad((eerste, grootte) -> auditTrail.zoek(vraag, eerste, grootte));
        // Reading the trail is itself an access to data about clients: it is recorded too.
        vastlegging.toegestaan(Actie.INZIEN, clientId, "audit trail", vraag.toString());
    }

    public void zoek() {
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

    public void controleerKeten() {
        ketenUitkomst = auditTrail.controleerKeten()
                .map(nr -> "De keten is verbroken bij regel " + nr + ": deze of een eerdere regel is gewijzigd of verwijderd.")
                .orElse("De audit trail is volledig en ongewijzigd.");
        vastlegging.toegestaan(Actie.BEHEER, null, "audit trail", "ketencontrole: " + ketenUitkomst);
    }

    public Pagina<AuditRegel> getPagina() {
        if (pager.pagina() == null) {
            laad();
        }
        return pager.pagina();
    }

    public List<Actie> getActies() {
        return List.of(Actie.values());
    }

    public String getKetenUitkomst() {
        return ketenUitkomst;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public void setGebruiker(String gebruiker) {
        this.gebruiker = gebruiker;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Actie getActie() {
        return actie;
    }

    public void setActie(Actie actie) {
        this.actie = actie;
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
}
