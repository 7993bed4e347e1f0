package nl.zorgkantoor.wlz.admin.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;

/** Who am I: the caller's name, roles and region as the server sees them (for API clients and the tests). */
@Path("/mij")
@RequestScoped
public class MijResource {

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject mij() {
        Gebruiker g = huidigeGebruiker.get();
        var rollen = Json.createArrayBuilder();
        new TreeSet<>(g.rollen()).forEach(rollen::add);
        var body = Json.createObjectBuilder().add("naam", g.naam()).add("rollen", rollen);
        g.regioOptioneel().ifPresentOrElse(r -> body.add("regio", r.code()), () -> body.addNull("regio"));
        return body.build();
    }
}
