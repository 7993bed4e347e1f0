package nl.zorgkantoor.wlz.admin.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a request with 403 and the Dutch "geen toegang" page; the response says nothing about what was asked. */
public final class Weigering {

    private Weigering() {
    }

    public static void geenToegang() {
        antwoord(403);
    }

    public static void nietGevonden() {
        antwoord(404);
    }

    private static void antwoord(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        try {
            context.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
