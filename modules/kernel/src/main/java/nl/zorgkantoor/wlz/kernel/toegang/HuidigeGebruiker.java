package nl.zorgkantoor.wlz.kernel.toegang;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The calling user as the server's Elytron security domain knows it. Roles come from {@code toegang.gebruiker_rol},
 * the region from the realm attribute {@code regio} ({@code toegang.gebruiker.regio_code}); see the security section
 * of ear/src/main/wildfly/configure.cli. Works in web requests and in EJB calls (the identity propagates); in timer
 * and batch threads the caller is anonymous.
 *
 * <p>Usage in an application service: {@code huidigeGebruiker.get().controleerClient(client.regio())}.
 */
@ApplicationScoped
public class HuidigeGebruiker {

    /** Name of the realm attribute that carries the user's zorgkantoorcode. */
    public static final String REGIO_ATTRIBUUT = "regio";

    public Gebruiker get() {
        SecurityDomain domein = SecurityDomain.getCurrent();
        if (domein == null) {
            return Gebruiker.anoniem();
        }
        SecurityIdentity identiteit = domein.getCurrentSecurityIdentity();
        String naam = identiteit.getPrincipal().getName();
        if ("anonymous".equals(naam) && !identiteit.getRoles().iterator().hasNext()) {
            return Gebruiker.anoniem();
        }
        Set<String> rollen = new HashSet<>();
        identiteit.getRoles().forEach(rollen::add);
        String regioCode = identiteit.getAttributes().getFirst(REGIO_ATTRIBUUT);
        ZorgkantoorRegio regio = regioCode == null || regioCode.isBlank() ? null
                : ZorgkantoorRegio.vanCode(regioCode.trim()).orElse(null);
        return new Gebruiker(naam, rollen, regio);
    }
}
