package nl.zorgkantoor.wlz.admin.rest.rapporten;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.reports.JobStatus;
import nl.zorgkantoor.wlz.reports.PartitieVoortgang;
import nl.zorgkantoor.wlz.reports.RapportJobs;
import nl.zorgkantoor.wlz.reports.RapportNietGestart;
import nl.zorgkantoor.wlz.reports.StapStatus;
import nl.zorgkantoor.wlz.toezicht.api.ArchiefRapport;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/**
 * The nightly reports for operators and scripts (README, "Rapport-API"), for BEHEERDER and TOEZICHTHOUDER only:
 * <ul>
 * <li>{@code POST /wlz/api/rapporten/{soort}?peildatum=2026-09-01[&geforceerd=true]} starts a run (202, or 409 with
 * the reason when it is already running or already made);</li>
 * <li>{@code POST /wlz/api/rapporten/executies/{id}/herstart} restarts a failed, stopped or crashed run from its
 * checkpoints;</li>
 * <li>{@code GET /wlz/api/rapporten/executies/{id}} the run's status and per step the items read, written and
 * committed (a partitioned step's counts arrive when it ends) and its partitions begun and finished so far;</li>
 * <li>{@code GET /wlz/api/rapporten/{soort}/{peildatum}} the archived PDFs, {@code GET /wlz/api/rapporten/archief/{id}}
 * one PDF.</li>
 * </ul>
 * The reports hold aggregates only (RULES W-08), so no region check applies here.
 */
@Path("/rapporten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RapportenResource {

    private static final Logger LOG = Logger.getLogger(RapportenResource.class.getName());

    @EJB
    private RapportJobs jobs;

    @EJB
    private RapportArchief archief;

    @Context
    private SecurityContext beveiliging;

    @POST
    @Path("/{soort}")
    public Response start(@PathParam("soort") String soort, @QueryParam("peildatum") String peildatum,
                          @QueryParam("geforceerd") boolean geforceerd) {
        return beantwoord(() -> {
            long executie = jobs.startRapport(soort(soort), datum(peildatum), geforceerd);
            return Response.accepted(Json.createObjectBuilder().add("executie", executie).build()).build();
        });
    }

    @POST
    @Path("/executies/{id}/herstart")
    public Response herstart(@PathParam("id") long executie) {
        return beantwoord(() -> Response.accepted(Json.createObjectBuilder()
                .add("executie", jobs.herstartRapport(executie)).build()).build());
    }

    @GET
    @Path("/executies/{id}")
    public Response status(@PathParam("id") long executie) {
        return beantwoord(() -> {
            JobStatus status = jobs.status(executie);
            JsonArrayBuilder stappen = Json.createArrayBuilder();
            for (StapStatus s : jobs.stappen(executie)) {
                PartitieVoortgang partities = jobs.partities(executie, s.stap());
                stappen.add(Json.createObjectBuilder().add("stap", s.stap()).add("status", s.batchStatus())
                        .add("gelezen", s.gelezen()).add("geschreven", s.geschreven()).add("commits", s.commits())
                        .add("partitiesGestart", partities.gestart()).add("partitiesKlaar", partities.klaar()));
            }
            JsonObject body = Json.createObjectBuilder().add("executie", executie).add("job", status.jobNaam())
                    .add("status", status.batchStatus())
                    .add("exitStatus", status.exitStatus() == null ? "" : status.exitStatus())
                    .add("stappen", stappen).build();
            return Response.ok(body).build();
        });
    }

    @GET
    @Path("/{soort}/{peildatum}")
    public Response archief(@PathParam("soort") String soort, @PathParam("peildatum") String peildatum) {
        return beantwoord(() -> {
            JsonArrayBuilder lijst = Json.createArrayBuilder();
            for (ArchiefRapport r : archief.rapporten(soort(soort), datum(peildatum))) {
                lijst.add(Json.createObjectBuilder().add("id", r.id()).add("regio", r.regioCode())
                        .add("executie", r.jobExecutieId()).add("bestandsnaam", r.bestandsnaam())
                        .add("sha256", r.sha256()).add("grootte", r.grootte()));
            }
            return Response.ok(lijst.build()).build();
        });
    }

    @GET
    @Path("/archief/{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        return beantwoord(() -> archief.inhoud(id)
                .map(pdf -> Response.ok(pdf, "application/pdf").build())
                .orElseGet(() -> fout(404, "Rapport " + id + " bestaat niet")));
    }

    private Response beantwoord(Supplier<Response> actie) {
        if (!beveiliging.isUserInRole(Rollen.BEHEERDER) && !beveiliging.isUserInRole(Rollen.TOEZICHTHOUDER)) {
            return fout(403, "Alleen een beheerder of toezichthouder mag rapporten starten en inzien");
        }
        try {
            return actie.get();
        } catch (IllegalArgumentException e) {
            return fout(400, e.getMessage());
        } catch (RuntimeException e) {
            Throwable oorzaak = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (oorzaak instanceof RapportNietGestart r) {
                return fout(409, r.getMessage());
            }
            // the batch runtime's refusals name their cause: NoSuchJobExecutionException, JobRestartException,
            // JobExecutionAlreadyCompleteException, JobExecutionNotMostRecentException
            String naam = oorzaak.getClass().getSimpleName();
            if (naam.startsWith("NoSuch")) {
                return fout(404, "Executie bestaat niet");
            }
            if (naam.startsWith("Job")) {
                return fout(409, "Geweigerd door de batch runtime: " + oorzaak.getMessage());
            }
            LOG.log(Level.SEVERE, "Rapport-API mislukt", e);
            return fout(500, "Er ging iets mis; probeer het later opnieuw.");
        }
    }

    private static Rapportsoort soort(String tekst) {
        try {
            return Rapportsoort.valueOf(tekst.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Onbekend rapport '" + tekst + "': kies wachtlijst of zorgplicht", e);
        }
    }

    private static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("Geef een peildatum op, bv. peildatum=2026-09-01");
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ongeldige peildatum '" + tekst + "': gebruik jjjj-mm-dd", e);
        }
    }

    private static Response fout(int status, String melding) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("fout", melding).build()).build();
    }
}
