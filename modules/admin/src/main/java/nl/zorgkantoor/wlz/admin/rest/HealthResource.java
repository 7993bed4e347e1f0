package nl.zorgkantoor.wlz.admin.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * Readiness of the application as an operator or load balancer needs it: UP when the database answers and every
 * context's schema is migrated. The server's own liveness is at the management interface (:9990/health).
 */
@Path("/health")
@RequestScoped
public class HealthResource {

    static final String[] CONTEXTEN = {"indicatie", "budget", "regelingen", "toezicht", "toegang"};

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        boolean up = true;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            checks.add(check("database", true, c.getMetaData().getDatabaseProductName()));
            for (String context : CONTEXTEN) {
                boolean gemigreerd = isGemigreerd(st, context);
                up &= gemigreerd;
                checks.add(check("schema " + context, gemigreerd, gemigreerd ? "gemigreerd" : "niet gemigreerd"));
            }
        } catch (Exception e) {
            up = false;
            checks.add(check("database", false, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        JsonObject body = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", checks).build();
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    private static boolean isGemigreerd(Statement st, String context) {
        try (ResultSet rs = st.executeQuery(
                "select count(*) from " + context + ".flyway_schema_history where success = true")) {
            return rs.next();
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonObject check(String naam, boolean up, String detail) {
        return Json.createObjectBuilder().add("name", naam).add("status", up ? "UP" : "DOWN").add("detail", detail)
                .build();
    }
}
