package nl.zorgkantoor.wlz.uitwisseling.endpoint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import java.util.Set;
import javax.xml.transform.Source;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.verwerking.BerichtVerwerking;

/** The CIZ sends its indicatiebesluiten here (IO31) and gets the IO32 retour. */
@Stateless
// issue 4: only chain partners reach the exchange: HTTP Basic (jboss-webservices.xml) and role KETENPARTNER, which
// IwlzEndpoint checks itself (not @RolesAllowed: a refusal is then a clean 403, not an EJB fault naming this class).
// @PermitAll because the bean has a security domain (jboss-ejb3.xml) and unlisted methods would be denied to all.
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@WebServiceProvider(serviceName = "CizService", portName = "CizPort",
        targetNamespace = "http://wlz.zorgkantoor.nl/uitwisseling/iwlz/2_2",
        wsdlLocation = "META-INF/wsdl/iwlz/2_2/CizService.wsdl")
@ServiceMode(Service.Mode.PAYLOAD)
public class CizEndpoint implements Provider<Source> {

    @Inject
    private BerichtVerwerking verwerking;

    @Resource
    private WebServiceContext context;

    @Override
    public Source invoke(Source bericht) {
        return IwlzEndpoint.behandel(bericht, context, verwerking, Set.of(Berichtsoort.IO31), Berichtsoort.IO31);
    }
}
