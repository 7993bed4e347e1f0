package nl.zorgkantoor.wlz.admin.rest.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.SignaalrunVoortgang;
import nl.zorgkantoor.wlz.budget.api.Signaalruns;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * The signal job over HTTP (README, "Budget-API"), for API clients and the national
 * measurement (bench/budgetrun.sh). The regions of a run come from the login: a MEDEWERKER or BEOORDELAAR runs his
 * own region, a BEHEERDER all active regions; others may not start runs.
 */
@Path("/budget/signaalruns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignaalrunResource {

    @EJB
    private Signaalruns runs;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    /** {@code POST /wlz/api/budget/signaalruns?peildatum=2026-06-01} → 202 with the run number. */
    @POST
    public Response start(@QueryParam("peildatum") String peildatum) {
        List<String> regios = regios();
        if (regios == null) {
            return Response.status(403).entity(BudgetJson.fout("Alleen een medewerker, beoordelaar of beheerder"
                    + " start doelmatigheidscontroles", null)).build();
        }
        try {
            long run = runs.start(datum(peildatum), regios);
            return Response.accepted(Json.createObjectBuilder().add("run", run).build()).build();
        } catch (BudgetvraagOngeldig | IllegalArgumentException e) {
            return Response.status(400).entity(BudgetJson.fout(e.getMessage(), null)).build();
        }
    }

    /** {@code GET /wlz/api/budget/signaalruns/{run}}: status and progress per region (own region only). */
    @GET
    @Path("/{run}")
    public Response voortgang(@PathParam("run") long run) {
        List<String> regios = regios();
        if (regios == null) {
            return Response.status(403).entity(BudgetJson.fout("Geen toegang tot doelmatigheidscontroles", null))
                    .build();
        }
        try {
            SignaalrunVoortgang v = runs.voortgang(run, huidigeGebruiker.get().heeftRol(Rollen.BEHEERDER) ? null
                    : regios);
            JsonArrayBuilder lijst = Json.createArrayBuilder();
            for (SignaalrunVoortgang.Regio r : v.regios()) {
                JsonObjectBuilder regio = Json.createObjectBuilder().add("regio", r.regioCode()).add("status", r.status());
                if (r.nieuw() != null) {
                    regio.add("nieuw", r.nieuw());
                }
                if (r.duurMs() != null) {
                    regio.add("duurMs", r.duurMs());
                }
                lijst.add(regio);
            }
            return Response.ok(Json.createObjectBuilder().add("run", v.executieId()).add("status", v.status())
                    .add("klaar", v.klaar()).add("nieuw", v.nieuw()).add("regios", lijst).build()).build();
        } catch (BudgetvraagOngeldig e) {
            return Response.status(404).entity(BudgetJson.fout(e.getMessage(), null)).build();
        }
    }

    /** The regions the caller may run: own region, all for a BEHEERDER, null when none. */
    private List<String> regios() {
        Gebruiker g = huidigeGebruiker.get();
        if (g.heeftRol(Rollen.BEHEERDER)) {
            return ZorgkantoorRegio.actieve().stream().map(ZorgkantoorRegio::code).toList();
        }
        if (g.heeftEenVan(Rollen.MEDEWERKER, Rollen.BEOORDELAAR)) {
            return g.regioOptioneel().map(r -> List.of(r.code())).orElse(null);
        }
        return null;
    }

    private static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("Parameter 'peildatum' ontbreekt (jjjj-mm-dd)");
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Parameter 'peildatum' is geen datum (jjjj-mm-dd): " + tekst);
        }
    }
}
