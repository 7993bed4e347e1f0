package nl.zorgkantoor.wlz.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.TreeSet;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/** Who is logged in, for the layout (menu per role) and the logout button. */
@Named
@RequestScoped
public class Sessie {

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    private Gebruiker gebruiker;

    public Gebruiker getGebruiker() {
        if (gebruiker == null) {
            gebruiker = huidigeGebruiker.get();
        }
        return gebruiker;
    }

    public String getRollenTekst() {
        return String.join(", ", new TreeSet<>(getGebruiker().rollen()).stream().map(r -> r.toLowerCase()).toList());
    }

    public String getRegioTekst() {
        return getGebruiker().regioOptioneel().map(r -> r.naam() + " (" + r.code() + ")").orElse("");
    }

    /** MEDEWERKER or BEOORDELAAR: works with client data of one region. */
    public boolean isClientgegevens() {
        return getGebruiker().heeftEenVan(Rollen.MEDEWERKER, Rollen.BEOORDELAAR);
    }

    public boolean isBeoordelaar() {
        return getGebruiker().heeftRol(Rollen.BEOORDELAAR);
    }

    public boolean isBeheerder() {
        return getGebruiker().heeftRol(Rollen.BEHEERDER);
    }

    public boolean isToezichthouder() {
        return getGebruiker().heeftRol(Rollen.TOEZICHTHOUDER);
    }

    /** Ends the session on the server (not only in the browser) and shows the login page. */
    public String uitloggen() throws ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        return "/login.xhtml?faces-redirect=true&uitgelogd=1";
    }
}
