package nl.zorgkantoor.wlz.admin.web.beheer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.uitwisseling.api.KetenpartnerBeheer;
import nl.zorgkantoor.wlz.uitwisseling.api.KetenpartnerView;

/**
 * Beheer › Ketenpartners: the chain partners the exchange sends to and their SOAP addresses; a BEHEERDER changes an
 * address (checked by the exchange, every change in the audit trail with the old and the new value).
 */
@Named
@ViewScoped
public class KetenpartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KetenpartnerBeheer beheer;

    @Inject
    private Vastlegging vastlegging;

    private transient List<KetenpartnerView> partners;
    private String code;
    private String endpoint;

    public List<KetenpartnerView> getPartners() {
        if (partners == null) {
            partners = beheer.partners();
        }
        return partners;
    }

    /** Opens the form for one partner with its current address (a button per row, reachable by keyboard). */
    public void kies(KetenpartnerView partner) {
        code = partner.code();
        endpoint = partner.endpoint();
    }

    public void wijzig() {
        try {
            String oud = getPartners().stream().filter(p -> p.code().equals(code)).findFirst()
                    .map(KetenpartnerView::endpoint).orElse(null);
            KetenpartnerView nu = beheer.wijzigEndpoint(code, endpoint);
            if (!Objects.equals(oud, nu.endpoint())) {
                vastlegging.toegestaan(Actie.BEHEER, null, "ketenpartner " + nu.code(), "endpoint gewijzigd van "
                        + (oud == null ? "(geen)" : oud) + " naar " + (nu.endpoint() == null ? "(geen)" : nu.endpoint()));
            }
            Meldingen.info(nu.endpoint() == null ? "Ketenpartner " + nu.code() + " heeft geen adres meer."
                    : "Het adres van ketenpartner " + nu.code() + " is " + nu.endpoint() + ".");
            code = null;
            endpoint = null;
            partners = null;
        } catch (RuntimeException e) {
            Meldingen.fout(e);
        }
    }

    public void annuleer() {
        code = null;
        endpoint = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }
}
