package nl.zorgkantoor.wlz.admin.web.toezicht;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.Streefnorm;
import nl.zorgkantoor.wlz.toezicht.api.StreefnormBeheer;

/**
 * Beheer › Streefnormen (RULES W-03): a BEHEERDER sees every version of a region's streefnormen and adds a new
 * version from a date; the version in force ends the day before, so earlier reports keep their norm.
 */
@Named
@ViewScoped
public class StreefnormenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StreefnormBeheer beheer;

    @Inject
    private HuidigeGebruiker gebruiker;

    @Inject
    private Vastlegging vastlegging;

    private String regio = ZorgkantoorRegio.actieve().get(0).code();
    private String status = Leveringsstatus.URGENT_PLAATSEN.name();
    private Integer weken;
    private LocalDate geldigVan;
    private transient List<Streefnorm> versies;

    public List<Streefnorm> getVersies() {
        if (versies == null) {
            versies = beheer.streefnormen(regio);
        }
        return versies;
    }

    public void toon() {
        versies = null;
    }

    public void legVast() {
        try {
            Leveringsstatus s = Leveringsstatus.valueOf(status);
            Streefnorm n = beheer.legVast(regio, s, weken == null ? 0 : weken, geldigVan, gebruiker.get().naam());
            vastlegging.toegestaan(Actie.BEHEER, null, "streefnorm", regio + " " + s.omschrijving() + " " + n.weken()
                    + " weken vanaf " + n.geldigVan());
            Meldingen.info("De streefnorm voor " + s.omschrijving().toLowerCase() + " in regio " + regio + " is "
                    + n.weken() + " weken vanaf " + n.geldigVan() + ".");
            versies = null;
            weken = null;
            geldigVan = null;
        } catch (OngeldigeWachtlijstMelding e) {
            Meldingen.fout(e.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof OngeldigeWachtlijstMelding o) {
                Meldingen.fout(o.getMessage());
            } else {
                Meldingen.fout(e);
            }
        } catch (IllegalArgumentException e) {
            Meldingen.fout("Kies een wachtstatus.");
        }
    }

    public List<Leveringsstatus> getStatussen() {
        return Arrays.stream(Leveringsstatus.values()).filter(Leveringsstatus::isWachtend).toList();
    }

    public List<ZorgkantoorRegio> getRegios() {
        return ZorgkantoorRegio.actieve();
    }

    public String getRegio() {
        return regio;
    }

    public void setRegio(String regio) {
        this.regio = regio;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getWeken() {
        return weken;
    }

    public void setWeken(Integer weken) {
        this.weken = weken;
    }

    public LocalDate getGeldigVan() {
        return geldigVan;
    }

    public void setGeldigVan(LocalDate geldigVan) {
        this.geldigVan = geldigVan;
    }
}
