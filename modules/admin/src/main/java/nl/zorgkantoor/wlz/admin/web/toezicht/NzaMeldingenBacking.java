package nl.zorgkantoor.wlz.admin.web.toezicht;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.toezicht.api.NzaMelding;
import nl.zorgkantoor.wlz.toezicht.api.NzaMeldingService;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;

/**
 * Beheer › Meldingen NZa (RULES W-06): the meldingen the report run proposed when a figure crossed its threshold;
 * a BEHEERDER confirms one, or dismisses it with a reason. Server-side paged, oldest first.
 */
@Named
@ViewScoped
public class NzaMeldingenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGINAGROOTTE = 20;

    @EJB
    private NzaMeldingService meldingen;

    @Inject
    private HuidigeGebruiker gebruiker;

    @Inject
    private Vastlegging vastlegging;

    private int eerste;
    private Long gekozen;
    private String reden;
    private transient Pagina<NzaMelding> pagina;

    public Pagina<NzaMelding> getPagina() {
        if (pagina == null) {
            pagina = meldingen.openVoorstellen(null, eerste, PAGINAGROOTTE);
            if (pagina.rijen().isEmpty() && eerste > 0) {
                eerste = 0;
                pagina = meldingen.openVoorstellen(null, 0, PAGINAGROOTTE);
            }
        }
        return pagina;
    }

    public void kies(long id) {
        gekozen = id;
        reden = null;
    }

    public void bevestig() {
        beoordeel(true);
    }

    public void verwerp() {
        beoordeel(false);
    }

    private void beoordeel(boolean bevestigen) {
        if (gekozen == null) {
            Meldingen.fout("Kies eerst een voorgestelde melding.");
            return;
        }
        try {
            String wie = gebruiker.get().naam();
            NzaMelding m = bevestigen ? meldingen.bevestig(gekozen, wie) : meldingen.verwerp(gekozen, wie, reden);
            vastlegging.toegestaan(Actie.BESLUITEN, null, "nza-melding", m.id() + " " + m.status()
                    + (m.reden() == null ? "" : ": " + m.reden()));
            Meldingen.info("Melding " + m.id() + " (" + m.indicator() + ", regio " + m.regioCode() + ") is "
                    + (bevestigen ? "bevestigd" : "verworpen") + ".");
            gekozen = null;
            reden = null;
            pagina = null;
        } catch (OngeldigeWachtlijstMelding e) {
            Meldingen.fout(e.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof OngeldigeWachtlijstMelding o) {
                Meldingen.fout(o.getMessage());
            } else {
                Meldingen.fout(e);
            }
        }
    }

    public void vorige() {
        eerste = Math.max(0, eerste - PAGINAGROOTTE);
        pagina = null;
    }

    public void volgende() {
        eerste += PAGINAGROOTTE;
        pagina = null;
    }

    public Long getGekozen() {
        return gekozen;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
