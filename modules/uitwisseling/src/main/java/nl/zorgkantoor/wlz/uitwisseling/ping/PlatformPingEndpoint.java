package nl.zorgkantoor.wlz.uitwisseling.ping;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.xsd.platform.Ping;
import nl.zorgkantoor.wlz.xsd.platform.PlatformPingPort;
import nl.zorgkantoor.wlz.xsd.platform.Pong;

/** Answers a chain partner's ping with the server time and the platform version. */
@Stateless
@WebService(serviceName = "PlatformPingService", portName = "PlatformPingPort",
        targetNamespace = "http://wlz.zorgkantoor.nl/platform/ping/wsdl",
        endpointInterface = "nl.zorgkantoor.wlz.xsd.platform.PlatformPingPort",
        wsdlLocation = "META-INF/wsdl/platform/PlatformPing.wsdl")
public class PlatformPingEndpoint implements PlatformPingPort {

    @Inject
    private Klok klok;

    @Override
    public Pong ping(Ping ping) {
        Pong pong = new Pong();
        pong.setAfzender(ping.getAfzender());
        try {
            pong.setTijdstip(DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(klok.nu())));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
        String versie = PlatformPingEndpoint.class.getPackage().getImplementationVersion();
        pong.setVersie(versie == null ? "ontwikkel" : versie);
        return pong;
    }
}
