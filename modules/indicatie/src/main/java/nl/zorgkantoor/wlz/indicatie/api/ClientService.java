package nl.zorgkantoor.wlz.indicatie.api;

import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.Bsn;

/** Registers and finds clients; the one entry point for the exchange, the UI and the other contexts. */
public interface ClientService {

    ClientView registreer(NieuweClient client);

    Optional<ClientView> zoek(long clientId);

    Optional<ClientView> zoekOpBsn(Bsn bsn);
}
