package nl.zorgkantoor.wlz.admin.web.clienten;

import jakarta.ejb.EJB;
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
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.LeveringsstatusMelding;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;

/**
 * The form "Wachtstatus vastleggen" in the cliëntdossier (RULES W-01): a medewerker records a waiting status the
 * provider did not report, e.g. after a call with the client. Client and region come from the dossier that was opened
 * (server-side view state), never from the form; toezicht checks role and region again.
 */
@Named
@ViewScoped
public class WachtstatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DossierBacking dossier;

    @EJB
    private WachtlijstService wachtlijst;

    @Inject
    private Vastlegging vastlegging;

    private Leveringsstatus status;
    private LocalDate ingangsdatum;
    private String aanbieder;

    /** The statuses of iWlz 2.2 (COD729) a medewerker may record; "actief wachtend" exists only before 2021. */
    public List<Leveringsstatus> getStatussen() {
        return Arrays.stream(Leveringsstatus.values()).filter(s -> s != Leveringsstatus.ACTIEF_WACHTEND).toList();
    }

    public void legVast() {
        ClientView client = dossier.getClient();
        if (client == null) {
            Meldingen.fout("Open eerst het dossier van een cliënt.");
            return;
        }
        if (status == null || ingangsdatum == null) {
            Meldingen.fout("Kies de wachtstatus en vul de ingangsdatum in.");
            return;
        }
        String agb = aanbieder == null || aanbieder.isBlank() ? null : aanbieder.strip();
        if (agb != null && !agb.matches("[0-9]{8}")) {
            Meldingen.fout("Aanbieder: de AGB-code heeft 8 cijfers (of laat het veld leeg).");
            return;
        }
        Zorgprofiel profiel = dossier.huidigZorgprofiel();
        String wat = "wachtstatus " + status.code() + " " + status.omschrijving() + " per " + ingangsdatum
                + (agb == null ? "" : " bij " + agb);
        try {
            wachtlijst.legVastDoorMedewerker(new LeveringsstatusMelding(client.id(), client.regio(), profiel, status,
                    null, agb, ingangsdatum, null, "medewerker"));
            vastlegging.toegestaan(Actie.WIJZIGEN, client.id(), "wachtstatus", wat);
            Meldingen.info("Vastgelegd: " + status.omschrijving().toLowerCase() + " per " + ingangsdatum + ".");
            dossier.verversWachtgeschiedenis();
            status = null;
            ingangsdatum = null;
            aanbieder = null;
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.WIJZIGEN, client.id(), "wachtstatus", e.getMessage());
            Meldingen.fout(e.getMessage());
        } catch (OngeldigeWachtlijstMelding e) {
            Meldingen.fout(e.getMessage());
        } catch (RuntimeException e) {
            Meldingen.fout(e);
        }
    }

    public Leveringsstatus getStatus() {
        return status;
    }

    public void setStatus(Leveringsstatus status) {
        this.status = status;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public void setIngangsdatum(LocalDate ingangsdatum) {
        this.ingangsdatum = ingangsdatum;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public void setAanbieder(String aanbieder) {
        this.aanbieder = aanbieder;
    }
}
