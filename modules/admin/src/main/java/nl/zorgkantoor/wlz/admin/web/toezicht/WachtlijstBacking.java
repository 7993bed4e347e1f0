package nl.zorgkantoor.wlz.admin.web.toezicht;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;

/**
 * Wachtlijst › Overzicht: waiting clients per sector and status (NZa Tabel 1, RULES W-01, W-02) and the waiting
 * times against the streefnorm in force on the peildatum (W-03), per profile too. A MEDEWERKER or BEOORDELAAR sees
 * the region of the login; a TOEZICHTHOUDER picks any region or the nation. Aggregates only, small cells
 * suppressed (W-08): no client is ever listed here.
 */
@Named
@ViewScoped
public class WachtlijstBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Indicator> TABELLEN = List.of(Indicator.WACHTENDEN_SECTOR_STATUS,
            Indicator.WACHTTIJD_NORM, Indicator.WACHTENDEN_PROFIEL);

    @EJB
    private ToezichtCijfersService cijfers;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    private String gekozenRegio = Cijfertabel.LANDELIJK;
    private LocalDate peildatum;
    private transient List<Cijfertabel> tabellen;

    public List<Cijfertabel> getTabellen() {
        if (tabellen == null) {
            String regio = getRegio();
            tabellen = new ArrayList<>();
            for (Indicator i : TABELLEN) {
                tabellen.add(cijfers.bereken(i, regio, getPeildatum()));
            }
            vastlegging.toegestaan(Actie.INZIEN, null, "wachtlijstcijfers", "regio " + regio + " peildatum "
                    + getPeildatum());
        }
        return tabellen;
    }

    public void toon() {
        tabellen = null;
        if (!isKiestRegio() && !Cijfertabel.LANDELIJK.equals(gekozenRegio)) {
            Meldingen.info("U ziet de cijfers van uw eigen regio.");
        }
    }

    /**
     * RULES W-08 and region isolation: staff of a region always get their login's region, whatever was posted; only
     * a supervisor chooses.
     */
    public String getRegio() {
        Gebruiker g = huidigeGebruiker.get();
        if (isKiestRegio()) {
            boolean bestaat = Cijfertabel.LANDELIJK.equals(gekozenRegio)
                    || ZorgkantoorRegio.vanCode(gekozenRegio).isPresent();
            return bestaat ? gekozenRegio : Cijfertabel.LANDELIJK;
        }
        return g.regioOptioneel().map(ZorgkantoorRegio::code)
                .orElseThrow(() -> new IllegalStateException("Gebruiker zonder regio op het wachtlijstscherm"));
    }

    public String getRegioNaam() {
        String r = getRegio();
        return Cijfertabel.LANDELIJK.equals(r) ? "Landelijk"
                : ZorgkantoorRegio.vanCode(r).map(z -> z.naam() + " (" + r + ")").orElse(r);
    }

    public boolean isKiestRegio() {
        return huidigeGebruiker.get().heeftRol(Rollen.TOEZICHTHOUDER);
    }

    public List<ZorgkantoorRegio> getRegios() {
        return ZorgkantoorRegio.actieve();
    }

    public String getGekozenRegio() {
        return gekozenRegio;
    }

    public void setGekozenRegio(String gekozenRegio) {
        this.gekozenRegio = gekozenRegio;
    }

    public LocalDate getPeildatum() {
        if (peildatum == null) {
            peildatum = klok.vandaag();
        }
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum;
    }
}
