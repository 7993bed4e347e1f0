package nl.zorgkantoor.wlz.indicatie.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.NieuweClient;
import nl.zorgkantoor.wlz.indicatie.domain.Client;
import nl.zorgkantoor.wlz.indicatie.domain.ClientRepository;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

@Stateless
@Local(ClientService.class)
public class ClientApplicatieService implements ClientService {

    @Inject
    private ClientRepository clienten;

    @Inject
    private Klok klok;

    @Override
    public ClientView registreer(NieuweClient nieuw) {
        if (clienten.zoekOpBsn(nieuw.bsn()).isPresent()) {
            throw new IllegalStateException("Cliënt met BSN " + nieuw.bsn() + " bestaat al");
        }
        Client client = clienten.bewaar(new Client(nieuw.bsn(), nieuw.voornaam(), nieuw.achternaam(),
                nieuw.geslacht(), nieuw.geboortedatum(), nieuw.regio(), klok.nu().toInstant()));
        return view(client);
    }

    @Override
    public Optional<ClientView> zoek(long clientId) {
        return clienten.zoek(clientId).map(ClientApplicatieService::view);
    }

    @Override
    public Optional<ClientView> zoekOpBsn(Bsn bsn) {
        return clienten.zoekOpBsn(bsn).map(ClientApplicatieService::view);
    }

    private static ClientView view(Client c) {
        return new ClientView(c.id(), c.bsn(), c.voornaam(), c.achternaam(), c.geslacht(), c.geboortedatum(),
                c.regio());
    }
}
