package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import nl.zorgkantoor.wlz.toezicht.api.ZorgleveringService;
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
 * A CDI bean in the transaction of {@link BerichtVerwerking}, its only caller: as a session bean every message paid
 * an EJB invocation (security, transaction and naming interceptors) for nothing (JFR, bench/RESULTS.md 2026-12-03).
 */
@ApplicationScoped
public class Overname {

    private static final Logger LOG = Logger.getLogger(Overname.class.getName());

    /** VoorkeurClient (COD999) values that name a single leveringsvorm; the combinations stay without a wish. */
    private static final Map<String, Leveringsvorm> VOORKEUR = Map.of("2", Leveringsvorm.PGB, "4",
            Leveringsvorm.VERBLIJF, "5", Leveringsvorm.VPT, "7", Leveringsvorm.MPT, "10", Leveringsvorm.DTV);

    private static final java.util.Set<String> EINDE_ZORG = java.util.Set.of("17", "19", "20", "21");

    @Inject
    private IndicatiebesluitOntvangst ontvangst;

    @EJB
    private ClientService clienten;

    @EJB
    private IndicatieService indicaties;

    @EJB
    private WachtlijstService wachtlijst;

    @EJB
    private ZorgleveringService zorglevering;

    @Inject
    private BerichtlogRepository log;

    @EJB
    private nl.zorgkantoor.wlz.uitwisseling.uitgaand.ZorgleveringMelding zorgleveringMelding;

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
        java.util.Map<String, java.util.List<Element>> aanvangPerBsn = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.List<Element>> mutatiesPerBsn = new java.util.LinkedHashMap<>();
        for (Uitkomst.Aanlevering a : uitkomst.aanleveringen()) {
            if (uitkomst.bevindingen().heeftBevindingIn(a.client())) {
                continue;
            }
            String bsn = Xml.tekst(a.client(), "Bsn");
            log.zetAanleverstatus(a.sleutel(), soort.name(), bsn, a.status(), berichtId, nu);
            if (soort == Berichtsoort.AW39 && "MutatieZorgzwaartepakket".equals(a.record().getLocalName())) {
                mutatiesPerBsn.computeIfAbsent(bsn, b -> new java.util.ArrayList<>()).add(a.record());
            }
            if (Aanleverstatus.EERSTE.equals(a.status()) && a.record().getLocalName().endsWith("Zorgzwaartepakket")) {
                ClientView client = clienten.zoekOpBsn(Bsn.of(bsn)).orElseThrow();
                if (soort == Berichtsoort.AW35) {
                    wachtlijst.aanvangZorg(client.id(), Xml.tekst(a.record(), "Instelling"),
                            Xml.datum(a.record(), "Begindatum"));
                    aanvangZorglevering(client, a.record());
                    aanvangPerBsn.computeIfAbsent(bsn, b -> new java.util.ArrayList<>()).add(a.record());
                } else {
                    leveringsstatus(client, a.record(), nu);
                    eindeZorglevering(client, a.record());
                }
            }
        }
        // issue 4 "Out": the started care goes to the CAK (CA317) in this same transaction, one message per client
        aanvangPerBsn.forEach((bsn, records) -> zorgleveringMelding.meldAanvang(kop.ontvanger(), bsn, records));
        // … and an einde zorg of such care (or its withdrawal) as a CA319, also in this transaction
        mutatiesPerBsn.forEach((bsn, mutaties) -> zorgleveringMelding.meldMutatie(kop.ontvanger(), bsn, mutaties));
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

    /** AW35: the care that started is kept for the dossier and the figures per leveringsvorm. */
    private void aanvangZorglevering(ClientView client, Element record) {
        Zorgprofiel profiel = Zorgprofiel.vanZzpCode(Xml.tekst(record, "ZzpCode")).orElse(null);
        Leveringsvorm vorm = Leveringsvorm.vanIwlzCode(Xml.tekst(record, "Leveringsvorm")).orElse(null);
        if (profiel == null || vorm == null) {
            LOG.info(() -> "AW35 zonder zorgprofiel of leveringsvorm voor cliënt " + client.id() + ": niet bewaard");
            return;
        }
        zorglevering.aanvang(client.id(), client.regio(), profiel, vorm, Xml.tekst(record, "Instelling"),
                Xml.datum(record, "Begindatum"), "AW35");
    }

    /**
     * AW39 Mutatiecode 17 (overplaatsing), 19 (beëindigd, toewijzing sluiten), 20 (beëindigd, toewijzing aanhouden)
     * and 21 (overdracht) end the delivery; with 20 the toewijzing stays because the client waits again.
     */
    private void eindeZorglevering(ClientView client, Element mutatie) {
        String code = Xml.tekst(mutatie, "Mutatiecode");
        if (EINDE_ZORG.contains(code)) {
            zorglevering.einde(client.id(), Xml.tekst(mutatie, "Instelling"),
                    Zorgprofiel.vanZzpCode(Xml.tekst(mutatie, "ZzpCode")).orElse(null),
                    Xml.datum(mutatie, "Mutatiedatum"), code);
        }
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
