package nl.zorgkantoor.wlz.admin.rest.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.ScenarioView;
import nl.zorgkantoor.wlz.budget.api.Scenariosimulator;

/** The scenario simulator over HTTP (RULES B-07; README, "Budget-API"): aggregates only, for all staff. */
@Path("/budget/scenario")
@RequestScoped
public class ScenarioResource {

    @EJB
    private Scenariosimulator simulator;

    /**
     * {@code GET /wlz/api/budget/scenario?regio=5509&peildatum=2026-06-01[&kader=1250000.00]} (no regio = the
     * country): the scenario simulator's CSV (RULES B-07); the computation time in header {@code X-Duur-Ms}.
     */
    @GET
    @Produces("text/csv")
    public Response scenario(@QueryParam("regio") String regio, @QueryParam("peildatum") String peildatum,
                             @QueryParam("kader") String kader) {
        try {
            ScenarioView r = simulator.simuleer(regio, datum(peildatum), kader == null || kader.isBlank() ? null
                    : new BigDecimal(kader.strip()));
            return Response.ok(r.csv(), "text/csv; charset=UTF-8").header("X-Duur-Ms", r.duurMs())
                    .header("X-Aantal-Clienten", r.aantal()).build();
        } catch (BudgetvraagOngeldig | IllegalArgumentException e) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(e.getMessage())
                    .build();
        }
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
