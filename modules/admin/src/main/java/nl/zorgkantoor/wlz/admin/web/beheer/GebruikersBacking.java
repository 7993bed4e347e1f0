package nl.zorgkantoor.wlz.admin.web.beheer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.admin.toegang.AccountView;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.toegang.GebruikersBeheer;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/** Beheer › Gebruikers: accounts with their role and region; create, (de)activate, new password. */
@Named
@ViewScoped
public class GebruikersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int GROOTTE = 25;

    @Inject
    private GebruikersBeheer beheer;

    @Inject
    private Vastlegging vastlegging;

    private int eerste;
    private transient Pagina<AccountView> pagina;

    private String gebruikersnaam;
    private String volledigeNaam;
    private String rol;
    private ZorgkantoorRegio regio;
    private String wachtwoord;

    private String teWijzigen;
    private String nieuweRol;
    private ZorgkantoorRegio nieuweRegio;

    public Pagina<AccountView> getPagina() {
        if (pagina == null) {
            pagina = beheer.pagina(eerste, GROOTTE);
        }
        return pagina;
    }

    public void maakAan() {
        try {
            AccountView nieuw = beheer.maakAan(gebruikersnaam, volledigeNaam, rol == null ? Set.of() : Set.of(rol),
                    regio, wachtwoord == null ? new char[0] : wachtwoord.toCharArray());
            vastlegging.toegestaan(Actie.BEHEER, null, "gebruiker " + nieuw.gebruikersnaam(),
                    "aangemaakt met rol " + nieuw.rollen() + (regio == null ? "" : " in regio " + regio.code()));
            Meldingen.info("Gebruiker " + nieuw.gebruikersnaam() + " is aangemaakt.");
            gebruikersnaam = null;
            volledigeNaam = null;
            rol = null;
            regio = null;
            pagina = null;
        } catch (RuntimeException e) {
            Meldingen.fout(e);
        } finally {
            wachtwoord = null;
        }
    }

    public void wisselActief(AccountView account) {
        try {
            AccountView gewijzigd = beheer.zetActief(account.gebruikersnaam(), !account.actief());
            vastlegging.toegestaan(Actie.BEHEER, null, "gebruiker " + gewijzigd.gebruikersnaam(),
                    gewijzigd.actief() ? "geactiveerd" : "gedeactiveerd");
            Meldingen.info("Gebruiker " + gewijzigd.gebruikersnaam() + (gewijzigd.actief() ? " is actief." : " is gedeactiveerd."));
            pagina = null;
        } catch (RuntimeException e) {
            Meldingen.fout(e);
        }
    }

    /** Opens the role form for one account (a button per row, so the keyboard reaches it in table order). */
    public void kiesVoorWijziging(AccountView account) {
        teWijzigen = account.gebruikersnaam();
        nieuweRol = account.rollen().isEmpty() ? null : account.rollen().iterator().next();
        nieuweRegio = account.regio();
    }

    /** Changes role and region of an existing account; the realm applies it at the user's next login. */
    public void wijzigRol() {
        try {
            AccountView oud = getPagina().rijen().stream().filter(a -> a.gebruikersnaam().equals(teWijzigen))
                    .findFirst().orElse(null);
            AccountView gewijzigd = beheer.wijzigRollen(teWijzigen, nieuweRol == null ? Set.of() : Set.of(nieuweRol),
                    nieuweRegio);
            vastlegging.toegestaan(Actie.BEHEER, null, "gebruiker " + gewijzigd.gebruikersnaam(), "rol gewijzigd"
                    + (oud == null ? "" : " van " + oud.rollen() + (oud.regio() == null ? "" : " " + oud.regio().code()))
                    + " naar " + gewijzigd.rollen() + (gewijzigd.regio() == null ? "" : " " + gewijzigd.regio().code()));
            Meldingen.info("De rol van " + gewijzigd.gebruikersnaam() + " is gewijzigd; dit geldt vanaf de volgende keer inloggen.");
            teWijzigen = null;
            pagina = null;
        } catch (RuntimeException e) {
            Meldingen.fout(e);
        }
    }

    public void annuleerWijziging() {
        teWijzigen = null;
    }

    public String getTeWijzigen() {
        return teWijzigen;
    }

    public String getNieuweRol() {
        return nieuweRol;
    }

    public void setNieuweRol(String nieuweRol) {
        this.nieuweRol = nieuweRol;
    }

    public ZorgkantoorRegio getNieuweRegio() {
        return nieuweRegio;
    }

    public void setNieuweRegio(ZorgkantoorRegio nieuweRegio) {
        this.nieuweRegio = nieuweRegio;
    }

    public void volgende() {
        eerste += GROOTTE;
        pagina = null;
    }

    public void vorige() {
        eerste = Math.max(0, eerste - GROOTTE);
        pagina = null;
    }

    public List<String> getRollen() {
        return Rollen.ALLE;
    }

    public List<ZorgkantoorRegio> getRegios() {
        return ZorgkantoorRegio.actieve();
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getVolledigeNaam() {
        return volledigeNaam;
    }

    public void setVolledigeNaam(String volledigeNaam) {
        this.volledigeNaam = volledigeNaam;
    }

    public String getRol() {
        return rol;
    }

    public void setRol(String rol) {
        this.rol = rol;
    }

    public ZorgkantoorRegio getRegio() {
        return regio;
    }

    public void setRegio(ZorgkantoorRegio regio) {
        this.regio = regio;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }
}
