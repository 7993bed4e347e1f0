package nl.zorgkantoor.wlz.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.toegang.AuditTrail;

/**
 * Writes audit lines for the current web request, adding where it came from: the remote address as the server saw
 * it (a forwarded-for header is not trusted, any browser can set it).
 */
@RequestScoped
public class Vastlegging {

    @Inject
    private HttpServletRequest request;

    @Inject
    private AuditTrail auditTrail;

    public void toegestaan(Actie actie, Long clientId, String onderwerp, String details) {
        auditTrail.leg(actie, true, clientId, onderwerp, details, herkomst());
    }

    public void geweigerd(Actie actie, Long clientId, String onderwerp, String reden) {
        auditTrail.leg(actie, false, clientId, onderwerp, reden, herkomst());
    }

    private String herkomst() {
        return request.getRemoteAddr();
    }
}
