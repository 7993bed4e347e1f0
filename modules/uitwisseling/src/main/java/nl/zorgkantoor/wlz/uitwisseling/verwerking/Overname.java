package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatiebesluitOntvangst;
import nl.zorgkantoor.wlz.indicatie.api.OntvangenIndicatiebesluit;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.LeveringsstatusMelding;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Xml;
import nl.zorgkantoor.wlz.uitwisseling.log.BerichtlogRepository;
import nl.zorgkantoor.wlz.uitwisseling.regels.Aanleverstatus;
import nl.zorgkantoor.wlz.uitwisseling.regels.Uitkomst;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Translates the clean clients of a checked message into calls on the owning contexts: IO31 to indicatie, AW35 and
 * AW39 to toezicht's waiting list. A client with any finding is not taken over; the retour tells the partner why.
 */
@Stateless
public class Overname {

    private static final Logger LOG = Logger.getLogger(Overname.class.getName());

    /** VoorkeurClient (COD999) values that name a single leveringsvorm; the combinations stay without a wish. */
    private static final Map<String, Leveringsvorm> VOORKEUR = Map.of("2", Leveringsvorm.PGB, "4",
            Leveringsvorm.VERBLIJF, "5", Leveringsvorm.VPT, "7", Leveringsvorm.MPT, "10", Leveringsvorm.DTV);

    @EJB
    private IndicatiebesluitOntvangst ontvangst;

    @EJB
    private ClientService clienten;

    @EJB
    private IndicatieService indicaties;

    @EJB
    private WachtlijstService wachtlijst;

    @Inject
    private BerichtlogRepository log;

    @Inject
    private Klok klok;

    public void neemOver(Berichtsoort soort, Document doc, Kop kop, Uitkomst uitkomst, long berichtId) {
        Instant nu = klok.nu().toInstant();
        if (soort == Berichtsoort.IO31) {
            for (Element client : Xml.pad(doc.getDocumentElement(), "Clienten", "Client")) {
                if (!uitkomst.bevindingen().heeftBevindingIn(client)) {
                    indicatiebesluit(client, kop);
                }
            }
            return;
        }
        for (Uitkomst.Aanlevering a : uitkomst.aanleveringen()) {
            if (uitkomst.bevindingen().heeftBevindingIn(a.client())) {
                continue;
            }
            String bsn = Xml.tekst(a.client(), "Bsn");
            log.zetAanleverstatus(a.sleutel(), soort.name(), bsn, a.status(), berichtId, nu);
            if (Aanleverstatus.EERSTE.equals(a.status()) && a.record().getLocalName().endsWith("Zorgzwaartepakket")) {
                ClientView client = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow();
                if (soort == Berichtsoort.AW35) {
                    wachtlijst.aanvangZorg(client.id(), Xml.tekst(a.record(), "Instelling"),
                            Xml.datum(a.record(), "Begindatum"));
                } else {
                    leveringsstatus(client, a.record(), nu);
                }
            }
        }
    }

    /** IO31: the client (registered when new) and his indicatiebesluit with its first mappable zorgprofiel. */
    private void indicatiebesluit(Element client, Kop kop) {
        Element indicatie = Xml.kind(client, "Indicatie").orElseThrow();
        Element zzp = Xml.pad(indicatie, "GeindiceerdeZorgzwaartepakketten", "GeindiceerdZorgzwaartepakket").stream()
                .filter(z -> Zorgprofiel.vanZzpCode(Xml.tekst(z, "ZzpCode")).isPresent())
                .findFirst().orElse(null);
        if (zzp == null) {
            LOG.info("IO31 zonder zorgprofiel (negatief besluit of alleen functies/ZZP 996-999): niet opgeslagen");
            return;
        }
        String voorvoegsel = Xml.tekst(client, "Naam", "Geslachtsnaam", "Voorvoegsel");
        String achternaam = Xml.tekst(client, "Naam", "Geslachtsnaam", "Achternaam");
        String voornaam = Xml.tekst(client, "Naam", "Voornamen");
        ontvangst.ontvang(new OntvangenIndicatiebesluit(
                Bsn.of(Xml.tekst(client, "Bsn")),
                voornaam != null ? voornaam : Xml.tekst(client, "Naam", "Voorletters"),
                voorvoegsel == null ? achternaam : voorvoegsel + " " + achternaam,
                switch (Xml.tekst(client, "Geslacht")) {
                    case "1" -> 'M';
                    case "2" -> 'V';
                    default -> 'O';
                },
                Xml.datum(client, "Geboortedatum", "Datum"),
                ZorgkantoorRegio.parse(kop.ontvanger()),
                Long.parseLong(Xml.tekst(indicatie, "Besluitnummer")),
                Zorgprofiel.vanZzpCode(Xml.tekst(zzp, "ZzpCode")).orElseThrow(),
                VOORKEUR.get(Xml.tekst(zzp, "VoorkeurClient")),
                new Periode(Xml.datum(indicatie, "Ingangsdatum"), Xml.datum(indicatie, "Einddatum")),
                "1".equals(Xml.tekst(indicatie, "Meerzorg")),
                Xml.datum(indicatie, "Afgiftedatum"),
                Xml.tekst(indicatie, "Grondslagen", "Grondslag01"),
                Xml.tekst(indicatie, "Grondslagen", "Grondslag02")));
    }

    /** AW39: the waiting status the aanbieder reports goes to toezicht (RULES W-01). */
    private void leveringsstatus(ClientView client, Element mutatie, Instant nu) {
        Leveringsstatus status = Leveringsstatus.vanCode(Xml.tekst(mutatie, "Leveringsstatus")).orElseThrow();
        Zorgprofiel profiel = Zorgprofiel.vanZzpCode(Xml.tekst(mutatie, "ZzpCode"))
                .or(() -> indicaties.geldigeIndicatie(client.id(), Xml.datum(mutatie, "Mutatiedatum"))
                        .map(i -> i.zorgprofiel()))
                .orElse(null);
        if (status.isWachtend() && profiel == null) {
            LOG.info(() -> "AW39 wachtstatus zonder zorgprofiel voor cliënt " + client.id() + ": niet doorgegeven");
            return;
        }
        wachtlijst.registreer(new LeveringsstatusMelding(client.id(), client.regio(), profiel, status,
                Xml.tekst(mutatie, "LeveringsstatusClassificatie"), Xml.tekst(mutatie, "Instelling"),
                Xml.datum(mutatie, "Mutatiedatum"), nu, "AW39"));
    }
}
