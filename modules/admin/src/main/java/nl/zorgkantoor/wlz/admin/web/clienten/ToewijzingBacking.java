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
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;
import nl.zorgkantoor.wlz.uitwisseling.api.ToewijzingService;

/**
 * The form "Zorg toewijzen" in the cliëntdossier (issue 4, outgoing messages): a medewerker assigns the care of an
 * indicatiebesluit to a zorgaanbieder, which puts an AW33 in the outbox. When the leveringsvorm differs from the
 * client's wish the reason is required and kept with the message (RULES L-01). The client comes from the dossier that
 * was opened (server-side view state), never from the form; uitwisseling checks role and region again.
 */
@Named
@ViewScoped
public class ToewijzingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DossierBacking dossier;

    @EJB
    private ToewijzingService toewijzingen;

    @Inject
    private Vastlegging vastlegging;

    private Long besluitnummer;
    private Leveringsvorm leveringsvorm;
    private String aanbieder;
    private LocalDate ingangsdatum;
    private String reden;

    /** CD040: a pgb names no zorgaanbieder, so it is never assigned with an AW33. */
    public List<Leveringsvorm> getLeveringsvormen() {
        return Arrays.stream(Leveringsvorm.values()).filter(v -> v != Leveringsvorm.PGB).toList();
    }

    public void wijsToe() {
        ClientView client = dossier.getClient();
        if (client == null) {
            Meldingen.fout("Open eerst het dossier van een cliënt.");
            return;
        }
        if (besluitnummer == null || leveringsvorm == null || ingangsdatum == null || aanbieder == null
                || aanbieder.isBlank()) {
            Meldingen.fout("Kies het besluit en de leveringsvorm en vul de aanbieder en de ingangsdatum in.");
            return;
        }
        String agb = aanbieder.strip();
        String wat = "zorgtoewijzing besluit " + besluitnummer + ", " + leveringsvorm.omschrijving().toLowerCase()
                + " bij " + agb + " per " + ingangsdatum;
        try {
            long id = toewijzingen.wijsToeDoorMedewerker(new NieuweToewijzing(client.id(), besluitnummer, agb,
                    leveringsvorm, ingangsdatum, reden));
            vastlegging.toegestaan(Actie.VERSTUREN, client.id(), "zorgtoewijzing", wat);
            Meldingen.info("Toegewezen: " + leveringsvorm.omschrijving().toLowerCase() + " bij " + agb + " per "
                    + ingangsdatum + ". Het AW33-bericht (uitgaand " + id + ") staat klaar voor verzending.");
            besluitnummer = null;
            leveringsvorm = null;
            aanbieder = null;
            ingangsdatum = null;
            reden = null;
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.VERSTUREN, client.id(), "zorgtoewijzing", e.getMessage());
            Meldingen.fout(e.getMessage());
        } catch (RuntimeException e) {
            // the toewijzing itself (AGB code, length of the reason) and its rules (TR016, CD040, L-01) refuse with
            // their reason; nothing is kept then
            Meldingen.fout(e);
        }
    }

    public Long getBesluitnummer() {
        return besluitnummer;
    }

    public void setBesluitnummer(Long besluitnummer) {
        this.besluitnummer = besluitnummer;
    }

    public Leveringsvorm getLeveringsvorm() {
        return leveringsvorm;
    }

    public void setLeveringsvorm(Leveringsvorm leveringsvorm) {
        this.leveringsvorm = leveringsvorm;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public void setAanbieder(String aanbieder) {
        this.aanbieder = aanbieder;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public void setIngangsdatum(LocalDate ingangsdatum) {
        this.ingangsdatum = ingangsdatum;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
