package nl.zorgkantoor.wlz.admin.rest.uitwisseling;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.uitwisseling.api.UitvoeringsgegevensService;

/**
 * {@code POST /wlz/api/uitvoeringsgegevens?begindatum=2026-10-01&einddatum=2026-10-31}: an administrator sends a
 * period's uitvoeringsgegevens (AW317) to the Zorginstituut on demand, e.g. a month the timer missed; 202 with per
 * region the messages and clients put in the outbox (or why not), 400 with the Dutch reason for a period that may not
 * go yet, 403 for anyone but a BEHEERDER. The messages hold no client data for the caller: only counts come back.
 */
@Path("/uitvoeringsgegevens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UitvoeringsgegevensResource {

    private static final Logger LOG = Logger.getLogger(UitvoeringsgegevensResource.class.getName());

    @EJB
    private UitvoeringsgegevensService uitvoeringsgegevens;

    @Context
    private SecurityContext beveiliging;

    @POST
    public Response verstuur(@QueryParam("begindatum") String begindatum, @QueryParam("einddatum") String einddatum) {
        if (!beveiliging.isUserInRole(Rollen.BEHEERDER)) {
            return fout(403, "Alleen een beheerder mag uitvoeringsgegevens naar het Zorginstituut sturen");
        }
        try {
            JsonArrayBuilder regios = Json.createArrayBuilder();
            for (var u : uitvoeringsgegevens.verstuur(datum(begindatum, "begindatum"), datum(einddatum, "einddatum"))) {
                regios.add(Json.createObjectBuilder().add("regio", u.regio()).add("berichten", u.berichten())
                        .add("clienten", u.clienten()).add("toelichting", u.toelichting()));
            }
            return Response.accepted(regios.build()).build();
        } catch (IllegalArgumentException e) {
            return fout(400, e.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof IllegalArgumentException i) {
                return fout(400, i.getMessage());
            }
            LOG.log(Level.SEVERE, "Uitvoeringsgegevens niet verstuurd", e);
            return fout(500, "Er ging iets mis; probeer het later opnieuw.");
        }
    }

    private static LocalDate datum(String tekst, String naam) {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("Geef de " + naam + " op, bv. " + naam + "=2026-10-01");
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ongeldige " + naam + " '" + tekst + "': gebruik jjjj-mm-dd", e);
        }
    }

    private static Response fout(int status, String melding) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("fout", melding).build()).build();
    }
}
