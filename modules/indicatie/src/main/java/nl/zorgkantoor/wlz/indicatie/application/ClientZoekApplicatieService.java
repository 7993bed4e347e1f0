package nl.zorgkantoor.wlz.indicatie.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.ClientZoeken;
import nl.zorgkantoor.wlz.indicatie.api.ClientZoekvraag;
import nl.zorgkantoor.wlz.indicatie.domain.Client;
import nl.zorgkantoor.wlz.indicatie.domain.ClientRepository;
import nl.zorgkantoor.wlz.indicatie.domain.ClientZoekRepository;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;

/**
 * Search and dossier access for staff. The region comes from the caller's identity, never from a parameter, so a
 * user of region A cannot reach a client of region B by changing a search or an id.
 */
@Stateless
@Local(ClientZoeken.class)
public class ClientZoekApplicatieService implements ClientZoeken {

    @Inject
    private ClientZoekRepository zoekRepository;

    @Inject
    private ClientRepository clienten;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Override
    public Pagina<ClientView> zoek(ClientZoekvraag vraag, int eerste, int grootte) {
        int begrensd = Pagina.begrensd(grootte);
        int start = Math.max(0, eerste);
        Gebruiker gebruiker = huidigeGebruiker.get();
        if (gebruiker.regio() == null || !gebruiker.magClientZien(gebruiker.regio())) {
            return new Pagina<>(List.of(), 0, start, begrensd);
        }
        ClientZoekRepository.Volgorde volgorde = switch (vraag.sortering()) {
            case ACHTERNAAM -> ClientZoekRepository.Volgorde.ACHTERNAAM;
            case GEBOORTEDATUM -> ClientZoekRepository.Volgorde.GEBOORTEDATUM;
            case CLIENTNUMMER -> ClientZoekRepository.Volgorde.ID;
        };
        Pagina<Client> pagina = zoekRepository.zoek(gebruiker.regio(),
                vraag.bsn() == null ? null : vraag.bsn().waarde(), vraag.naam(), vraag.geboortedatum(),
                volgorde, vraag.aflopend(), start, begrensd);
        return new Pagina<>(pagina.rijen().stream().map(ClientZoekApplicatieService::view).toList(),
                pagina.totaal(), pagina.eerste(), pagina.grootte());
    }

    @Override
    public Optional<ClientView> inzien(long clientId) {
        Optional<Client> client = clienten.zoek(clientId);
        // The check runs on the region stored with the client, not on anything the caller sent.
        client.ifPresent(c -> huidigeGebruiker.get().controleerClient(c.regio()));
        return client.map(ClientZoekApplicatieService::view);
    }

    private static ClientView view(Client c) {
        return new ClientView(c.id(), c.bsn(), c.voornaam(), c.achternaam(), c.geslacht(), c.geboortedatum(),
                c.regio());
    }
}
