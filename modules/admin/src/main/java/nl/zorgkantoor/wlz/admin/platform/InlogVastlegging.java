package nl.zorgkantoor.wlz.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;

/**
 * Logins in the audit trail (NEN 7513), without an Elytron extension module: Elytron's form mechanism answers a
 * failed {@code j_security_check} by forwarding to the error page {@code /login.xhtml?fout=1} with the posted name
 * still in the request, and a successful login is the first authenticated request of its session. A plain GET of
 * the error page (no posted name) is not a login attempt and writes nothing. API clients with HTTP Basic and no
 * session are not logged here: their accesses to client data are.
 */
@WebFilter(urlPatterns = {"/login.xhtml", "/index.xhtml", "/app/*", "/api/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class InlogVastlegging extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VASTGELEGD = InlogVastlegging.class.getName();
    private static final String ONDERWERP = "inloggen";

    @Inject
    private Vastlegging vastlegging;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.FORWARD && "1".equals(request.getParameter("fout"))) {
            String naam = request.getParameter("j_username");
            if (naam != null) {
                vastlegging.geweigerd(Actie.INLOGGEN, null, ONDERWERP,
                        "mislukt voor gebruikersnaam " + naam.strip().substring(0, Math.min(100, naam.strip().length())));
            }
        } else if (request.getDispatcherType() == DispatcherType.REQUEST && request.getUserPrincipal() != null) {
            HttpSession sessie = request.getSession(false);
            if (sessie != null && sessie.getAttribute(VASTGELEGD) == null) {
                sessie.setAttribute(VASTGELEGD, Boolean.TRUE);
                vastlegging.toegestaan(Actie.INLOGGEN, null, ONDERWERP, "geslaagd (" + request.getAuthType() + ")");
            }
        }
        chain.doFilter(request, response);
    }
}
