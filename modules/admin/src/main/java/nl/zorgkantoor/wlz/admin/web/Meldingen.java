package nl.zorgkantoor.wlz.admin.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Messages for the user in Dutch; an unexpected error is logged for the operator and never shown as a trace. */
public final class Meldingen {

    private static final Logger LOG = Logger.getLogger(Meldingen.class.getName());

    private Meldingen() {
    }

    public static void info(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, null));
    }

    public static void fout(String tekst) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, null));
    }

    /**
     * Shows a refused input (an {@link IllegalArgumentException} or {@link IllegalStateException}, possibly wrapped by
     * the EJB container) with its own Dutch message; anything else as a general error.
     */
    public static void fout(Exception e) {
        Throwable oorzaak = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (oorzaak instanceof IllegalArgumentException || oorzaak instanceof IllegalStateException) {
            fout(oorzaak.getMessage());
        } else {
            LOG.log(Level.WARNING, "Onverwachte fout in het scherm", e);
            fout("Dit lukte niet door een storing; er is niets half opgeslagen. Probeer het opnieuw.");
        }
    }
}
