package nl.zorgkantoor.wlz.admin.rest.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.budget.api.BudgetBerekening;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.Plafondvraag;

/**
 * The budget calculator over JSON: {@code POST /wlz/api/budget/plafond} and
 * {@code POST /wlz/api/budget/doelmatigheidstoets} (README, "Budget-API"). Bad input gives 400, a refusal by rule
 * (e.g. RULES L-03 on the ceiling) 422, both with a Dutch message and never a stack trace.
 */
@Path("/budget")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private static final Logger LOG = Logger.getLogger(BudgetResource.class.getName());

    @EJB
    private BudgetBerekening berekening;

    @POST
    @Path("/plafond")
    public Response plafond(String body) {
        return beantwoord(body, vraag -> BudgetJson.plafond(berekening.plafond(vraag)));
    }

    @POST
    @Path("/doelmatigheidstoets")
    public Response doelmatigheidstoets(String body) {
        return beantwoord(body, vraag -> BudgetJson.toets(berekening.doelmatigheidstoets(vraag)));
    }

    private static Response beantwoord(String body, Function<Plafondvraag, JsonObject> bereken) {
        try {
            Plafondvraag vraag = BudgetJson.vraag(lees(body));
            return Response.ok(bereken.apply(vraag)).build();
        } catch (BudgetvraagOngeldig e) {
            return Response.status(e.regel() == null ? 400 : 422).entity(BudgetJson.fout(e.getMessage(), e.regel()))
                    .build();
        } catch (IllegalArgumentException | JsonException | ArithmeticException e) {
            return Response.status(400).entity(BudgetJson.fout(e.getMessage(), null)).build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Budgetberekening mislukt", e);
            return Response.status(500).entity(BudgetJson.fout("De berekening is mislukt; probeer het later opnieuw.",
                    null)).build();
        }
    }

    private static JsonObject lees(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Lege vraag: stuur een JSON-object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("Ongeldige JSON: " + e.getMessage(), e);
        }
    }
}
