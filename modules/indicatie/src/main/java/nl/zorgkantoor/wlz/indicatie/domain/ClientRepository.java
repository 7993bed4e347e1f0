package nl.zorgkantoor.wlz.indicatie.domain;

import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.Bsn;

/** Port: where clients are kept. */
public interface ClientRepository {

    Client bewaar(Client client);

    Optional<Client> zoek(long id);

    Optional<Client> zoekOpBsn(Bsn bsn);
}
