package nl.zorgkantoor.wlz.indicatie.domain;

import java.util.Optional;
import java.util.OptionalLong;
import nl.zorgkantoor.wlz.kernel.Bsn;

/** Port: where clients are kept. */
public interface ClientRepository {

    Client bewaar(Client client);

    Optional<Client> zoek(long id);

    Optional<Client> zoekOpBsn(Bsn bsn);

    /** The id of the client with this BSN, without loading him (the IO31 path asks it for every message). */
    OptionalLong idVanBsn(Bsn bsn);

    /**
     * Registers a new client with one INSERT and returns his id; the object itself stays unmanaged (and without id).
     * For the IO31 path, which only needs the id (RULES I-02).
     */
    long voegToe(Client client);
}
