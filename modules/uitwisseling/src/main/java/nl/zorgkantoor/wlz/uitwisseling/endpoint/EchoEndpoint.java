package nl.zorgkantoor.wlz.uitwisseling.endpoint;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import nl.zorgkantoor.wlz.xsd.iwlz.dienst.EchoPort;
import nl.zorgkantoor.wlz.xsd.iwlz.io31.Root;

/** Returns the IO31 it receives, untouched: the yardstick for the exchange's throughput (bench/RESULTS.md). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@WebService(serviceName = "EchoService", portName = "EchoPort",
        targetNamespace = "http://wlz.zorgkantoor.nl/uitwisseling/iwlz/2_2",
        endpointInterface = "nl.zorgkantoor.wlz.xsd.iwlz.dienst.EchoPort",
        wsdlLocation = "META-INF/wsdl/iwlz/2_2/EchoService.wsdl")
public class EchoEndpoint implements EchoPort {

    @Override
    public void echo(Holder<Root> bericht) {
        // the holder already carries the message back
    }
}
