package nl.zorgkantoor.wlz.indicatie.api;

import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/**
 * Finding and opening clients for a staff member, with region isolation built in: the caller (the logged-in user,
 * see {@code kernel.toegang.HuidigeGebruiker}) only ever finds and opens clients of the own zorgkantoorregio,
 * whatever the parameters say. Lists are paged on the server.
 */
public interface ClientZoeken {

    /** Clients of the caller's region that match, one page; empty for callers without a client-data role. */
    Pagina<ClientView> zoek(ClientZoekvraag vraag, int eerste, int grootte);

    /**
     * One client for the dossier.
     *
     * @return empty when no client has this id
     * @throws nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException when the client belongs to another region or
     *                                                                the caller's role does not allow client data
     */
    Optional<ClientView> inzien(long clientId);
}
