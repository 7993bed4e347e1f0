package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;
import nl.zorgkantoor.wlz.uitwisseling.api.ToewijzingService;
import nl.zorgkantoor.wlz.uitwisseling.api.Verzendstatus;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;

/** Puts AW33 zorgtoewijzingen in the outbox, in the caller's transaction. */
@Stateless
@Local(ToewijzingService.class)
public class ToewijzingVerzending implements ToewijzingService {

    @EJB
    private ClientService clienten;

    @EJB
    private IndicatieService indicaties;

    @EJB
    private UitgaandRepository uitgaand;

    @Inject
    private Klok klok;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Override
    public long wijsToeDoorMedewerker(NieuweToewijzing t) {
        Gebruiker gebruiker = huidigeGebruiker.get();
        gebruiker.controleerRol(Rollen.MEDEWERKER, Rollen.BEOORDELAAR);
        ClientView client = client(t);
        gebruiker.controleerClient(client.regio());
        return wijsToe(t, client);
    }

    @Override
    public long wijsToe(NieuweToewijzing t) {
        return wijsToe(t, client(t));
    }

    private ClientView client(NieuweToewijzing t) {
        return clienten.zoek(t.clientId())
                .orElseThrow(() -> new IllegalArgumentException("Onbekende cliënt " + t.clientId()));
    }

    private long wijsToe(NieuweToewijzing t, ClientView client) {
        if (t.leveringsvorm() == Leveringsvorm.PGB) {
            // CD040: a pgb toewijzing names no Instelling; there is no aanbieder to send an AW33 to
            throw new IllegalArgumentException("Een pgb-toewijzing gaat niet als AW33 naar een zorgaanbieder");
        }
        IndicatieView indicatie = indicaties.indicaties(t.clientId()).stream()
                .filter(i -> i.besluitnummer() == t.besluitnummer()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cliënt " + t.clientId() + " heeft geen besluit "
                        + t.besluitnummer()));
        if (!indicatie.geldigheid().bevat(t.ingangsdatum())) {
            // TR016: the toewijzing lies within the validity of the indicatie
            throw new IllegalArgumentException("Ingangsdatum " + t.ingangsdatum() + " valt buiten de indicatie ("
                    + indicatie.geldigheid() + ", TR016)");
        }
        Leveringsvorm wens = indicatie.leveringsvormVoorkeur();
        boolean afwijking = wens != null && wens != t.leveringsvorm();
        if (afwijking && t.redenAfwijking() == null) {
            // RULES L-01: the client's wish is honoured, or the deviation is recorded with its reason
            throw new IllegalArgumentException("De cliënt wil " + wens.omschrijving().toLowerCase() + "; leg vast"
                    + " waarom de toewijzing " + t.leveringsvorm().omschrijving().toLowerCase() + " is (RULES L-01)");
        }
        var nu = klok.nu();
        UitgaandBericht bericht = uitgaand.bewaar(new UitgaandBericht("AW33", client.regio().code(), t.aanbieder(),
                nu.toInstant()));
        String identificatie = UitgaandBericht.identificatieVoor(bericht.id());
        String xml = Aw33Bouwer.bouw(identificatie, nu.toLocalDate(), nu.toLocalTime(), client, indicatie, t);
        try {
            Schemas.valideer(VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8)), "AW33.xsd");
        } catch (OngeldigBericht e) {
            throw new IllegalStateException("AW33 voor cliënt " + t.clientId() + " is niet geldig: " + e.getMessage(), e);
        }
        bericht.metInhoud(identificatie, xml);
        if (afwijking) {
            bericht.metToelichting("Afwijking van de voorkeur " + wens.omschrijving().toLowerCase() + ": "
                    + t.redenAfwijking());
        }
        return bericht.id();
    }

    @Override
    public Optional<Verzendstatus> status(long id) {
        return uitgaand.zoek(id).map(u -> new Verzendstatus(u.id(), u.status(), u.pogingen(), u.laatsteFout(),
                u.retourCodes()));
    }
}
