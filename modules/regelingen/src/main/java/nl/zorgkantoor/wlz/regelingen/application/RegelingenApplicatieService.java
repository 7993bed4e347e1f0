package nl.zorgkantoor.wlz.regelingen.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagIndienen;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagRegel;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraaggegevens;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraagfilter;
import nl.zorgkantoor.wlz.regelingen.api.Besluiten;
import nl.zorgkantoor.wlz.regelingen.api.DocumentToevoegen;
import nl.zorgkantoor.wlz.regelingen.api.Pagina;
import nl.zorgkantoor.wlz.regelingen.api.RegelingFout;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.WerkitemView;
import nl.zorgkantoor.wlz.regelingen.domain.Aanvraagfeiten;
import nl.zorgkantoor.wlz.regelingen.domain.Bestand;
import nl.zorgkantoor.wlz.regelingen.domain.Besluitregel;
import nl.zorgkantoor.wlz.regelingen.domain.Besluitvoorstel;
import nl.zorgkantoor.wlz.regelingen.domain.Beschikkingmaker;
import nl.zorgkantoor.wlz.regelingen.domain.Bevinding;
import nl.zorgkantoor.wlz.regelingen.domain.Clientgegevens;
import nl.zorgkantoor.wlz.regelingen.domain.Clientsituatie;
import nl.zorgkantoor.wlz.regelingen.domain.Normen;
import nl.zorgkantoor.wlz.regelingen.domain.RegelOvertreding;
import nl.zorgkantoor.wlz.regelingen.domain.Regelingaanvraag;
import nl.zorgkantoor.wlz.regelingen.domain.RegelingaanvraagRepository;
import nl.zorgkantoor.wlz.regelingen.domain.Tarieven;
import nl.zorgkantoor.wlz.regelingen.domain.Toetsingscontext;
import nl.zorgkantoor.wlz.regelingen.domain.Wachtlijst;
import nl.zorgkantoor.wlz.regelingen.infrastructure.Werkvoorraad;

/**
 * The use cases of the regelingen: each method is one transaction that loads the case, lets the aggregate apply the
 * rules, stores it and returns the new view. Domain refusals and concurrent changes become a {@link RegelingFout}
 * with a Dutch message; nothing else of the internals reaches the caller.
 */
@Stateless
@Local(RegelingenService.class)
public class RegelingenApplicatieService implements RegelingenService {

    private static final Logger LOG = Logger.getLogger(RegelingenApplicatieService.class.getName());
    private static final int VERLOOP_PER_RONDE = 500;

    @Inject
    private RegelingaanvraagRepository aanvragen;
    @Inject
    private Clientgegevens clientgegevens;
    @Inject
    private Tarieven tarieven;
    @Inject
    private Wachtlijst wachtlijst;
    @Inject
    private Normen normen;
    @Inject
    private Beschikkingmaker beschikkingmaker;
    @Inject
    private Werkvoorraad werkvoorraad;
    @Inject
    private Klok klok;
    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Override
    public AanvraagView dienIn(AanvraagIndienen o) {
        return uitvoeren(() -> {
            LocalDate datum = o.aanvraagdatum() == null ? klok.vandaag() : o.aanvraagdatum();
            Clientsituatie client = client(o.clientId(), datum);
            Regelingaanvraag a = Regelingaanvraag.dienIn(o.soort(), o.aanvrager(), o.aanvragerNaam(), datum,
                    Aanvraagfeiten.van(o.gegevens()), client, o.wie(), nu(), klok.vandaag());
            return view(aanvragen.bewaar(a));
        });
    }

    @Override
    public AanvraagView dienHeraanvraagIn(long vorigeId, LocalDate aanvraagdatum, Aanvraaggegevens gegevens,
                                          String wie) {
        return uitvoeren(() -> {
            Regelingaanvraag vorige = aanvraag(vorigeId);
            LocalDate datum = aanvraagdatum == null ? klok.vandaag() : aanvraagdatum;
            Regelingaanvraag nieuw = vorige.heraanvraag(datum, gegevens == null ? null : Aanvraagfeiten.van(gegevens),
                    client(vorige.clientId(), datum), wie, nu(), klok.vandaag());
            return view(aanvragen.bewaar(nieuw));
        });
    }

    @Override
    public AanvraagView neemInBehandeling(long id, long versie, String wie) {
        return wijzig(id, versie, a -> a.neemInBehandeling(wie, nu()));
    }

    @Override
    public AanvraagView werkGegevensBij(long id, long versie, Aanvraaggegevens gegevens, String wie, String waarom) {
        return wijzig(id, versie, a -> a.werkFeitenBij(Aanvraagfeiten.van(gegevens), wie, waarom, nu()));
    }

    @Override
    public AanvraagView vraagAdvies(long id, long versie, String adviseur, String vraag, String wie) {
        return wijzig(id, versie, a -> a.vraagAdvies(adviseur, vraag, wie, nu()));
    }

    @Override
    public AanvraagView legAdviesVast(long id, long versie, LocalDate datum, boolean positief, String toelichting,
                                      String wie) {
        return wijzig(id, versie, a -> a.legAdviesVast(datum, positief, toelichting, wie, nu(), klok.vandaag()));
    }

    @Override
    public AanvraagView legHuisbezoekVast(long id, LocalDate datum, String verslag, String wie) {
        return wijzig(id, null, a -> a.legHuisbezoekVast(datum, verslag, wie, nu(), klok.vandaag()));
    }

    @Override
    public AanvraagView legGesprekVast(long id, LocalDate datum, String verslag, String wie) {
        return wijzig(id, null, a -> a.legGesprekVast(datum, verslag, wie, nu(), klok.vandaag()));
    }

    @Override
    public AanvraagView voegDocumentToe(DocumentToevoegen o) {
        return wijzig(o.aanvraagId(), null, a -> {
            Bestand bestand = new Bestand(o.bestandsnaam(), o.inhoud());
            long inhoudId = aanvragen.bewaarInhoud(bestand.inhoud());
            a.voegDocumentToe(inhoudId, o.type(), o.documentdatum(), bestand, o.wie(), nu(), klok.vandaag());
        });
    }

    @Override
    public AanvraagView besluit(Besluiten o) {
        return uitvoeren(() -> {
            Gebruiker gebruiker = huidigeGebruiker.get();
            // Issue 8: a medewerker prepares, only a beoordelaar decides; the exchange and system calls have no role.
            if (!isZonderRegio(gebruiker) && !gebruiker.heeftRol(Rollen.BEOORDELAAR)) {
                throw new RegelOvertreding("Alleen een beoordelaar kan over een aanvraag besluiten.");
            }
            Regelingaanvraag a = aanvraag(o.aanvraagId());
            eisVersie(a, o.versie());
            List<Besluitregel> regels = o.regels() == null ? List.of() : o.regels().stream()
                    .map(r -> new Besluitregel(r.leveringsvorm(), r.omschrijving(), r.bedragPerJaar())).toList();
            Besluitvoorstel voorstel = new Besluitvoorstel(o.uitkomst(), o.ingangsdatum(), o.maanden(), regels,
                    o.motivering(), o.wie(), bevestiging(o.bevestigdDoorBeoordelaar()), o.doelmatigheidsnotitie());
            Toetsingscontext context = context(a);
            a.besluit(voorstel, context, tarieven, nu());
            aanvragen.bewaar(a);
            aanvragen.bewaarBeschikking(a.id(), beschikkingmaker.maak(a, context.client(), klok.vandaag()), nu());
            return view(a);
        });
    }

    @Override
    public AanvraagView trekIn(long id, long versie, String reden, String wie) {
        return wijzig(id, versie, a -> a.trekIn(reden, wie, nu()));
    }

    @Override
    public Optional<AanvraagView> zoek(long id) {
        return aanvragen.vind(id).map(a -> {
            controleerToegang(a.regioCode());
            return view(a);
        });
    }

    @Override
    public List<AanvraagView> vanClient(long clientId) {
        List<Regelingaanvraag> lijst = aanvragen.vanClient(clientId);
        lijst.forEach(a -> controleerToegang(a.regioCode()));
        return lijst.stream().map(this::view).toList();
    }

    @Override
    public Pagina<WerkitemView> werkvoorraad(Long clientId, int pagina, int grootte) {
        return uitvoeren(() -> {
            if (pagina < 0 || grootte < 1 || grootte > 500) {
                throw new RegelOvertreding("Kies een pagina vanaf 0 en een paginagrootte van 1 tot 500.");
            }
            Gebruiker gebruiker = huidigeGebruiker.get();
            if (isZonderRegio(gebruiker)) {
                return werkvoorraad.pagina(klok.vandaag(), clientId, null, pagina, grootte);
            }
            // Staff see the work of their own region only; staff without a region see none (Gebruiker#magClientZien).
            return gebruiker.regioOptioneel()
                    .filter(regio -> gebruiker.heeftEenVan(Rollen.MET_CLIENTGEGEVENS.toArray(String[]::new)))
                    .map(regio -> werkvoorraad.pagina(klok.vandaag(), clientId, regio.code(), pagina, grootte))
                    .orElseGet(() -> new Pagina<>(List.of(), 0, pagina, grootte));
        });
    }

    @Override
    public Pagina<AanvraagRegel> aanvragen(Aanvraagfilter filter, int pagina, int grootte) {
        return uitvoeren(() -> {
            if (pagina < 0 || grootte < 1 || grootte > 500) {
                throw new RegelOvertreding("Kies een pagina vanaf 0 en een paginagrootte van 1 tot 500.");
            }
            Aanvraagfilter f = filter == null ? new Aanvraagfilter(null, null, false, null, null, false) : filter;
            Gebruiker gebruiker = huidigeGebruiker.get();
            if (isZonderRegio(gebruiker)) {
                return werkvoorraad.aanvragen(f, null, pagina, grootte);
            }
            return gebruiker.regioOptioneel()
                    .filter(regio -> gebruiker.heeftEenVan(Rollen.MET_CLIENTGEGEVENS.toArray(String[]::new)))
                    .map(regio -> werkvoorraad.aanvragen(f, regio.code(), pagina, grootte))
                    .orElseGet(() -> new Pagina<>(List.of(), 0, pagina, grootte));
        });
    }

    @Override
    public int verwerkVerlopen() {
        LocalDate vandaag = klok.vandaag();
        int aantal = 0;
        for (Long id : aanvragen.teVerlopen(vandaag, VERLOOP_PER_RONDE)) {
            Regelingaanvraag a = aanvraag(id);
            if (a.verloop(vandaag, nu())) {
                aanvragen.bewaar(a);
                aantal++;
            }
        }
        int verlopen = aantal;
        LOG.info(() -> "Regelingen verlopen op " + vandaag + ": " + verlopen);
        return aantal;
    }

    @Override
    public Optional<byte[]> beschikking(long aanvraagId) {
        return aanvragen.vind(aanvraagId).flatMap(a -> {
            controleerToegang(a.regioCode());
            return aanvragen.beschikking(aanvraagId);
        });
    }

    @Override
    public Optional<byte[]> document(long aanvraagId, long documentId) {
        return aanvragen.vind(aanvraagId)
                .filter(a -> {
                    controleerToegang(a.regioCode());
                    return a.documenten().stream().anyMatch(d -> d.inhoudId() == documentId);
                })
                .flatMap(a -> aanvragen.inhoud(documentId));
    }

    private AanvraagView wijzig(long id, Long versie, Consumer<Regelingaanvraag> wijziging) {
        return uitvoeren(() -> {
            Regelingaanvraag a = aanvraag(id);
            if (versie != null) {
                eisVersie(a, versie);
            }
            wijziging.accept(a);
            return view(aanvragen.bewaar(a));
        });
    }

    /** Everything the rules of this case look at, gathered once from the other contexts and our own tables. */
    private Toetsingscontext context(Regelingaanvraag a) {
        LocalDate peildatum = a.aanvraagdatum();
        Clientsituatie client = client(a.clientId(), peildatum);
        Set<Soort> lopend = aanvragen.lopendeToekenningen(a.clientId(), peildatum, a.id());
        boolean wacht = a.soort() == Soort.OVERBRUGGINGSZORG && wachtlijst.wachtOpOpname(a.clientId(), peildatum);
        BigDecimal urennorm = a.soort() == Soort.MEERZORG ? normen.urennorm2015(client.zorgprofiel()).orElse(null)
                : null;
        int normDagen = a.soort() == Soort.OVERBRUGGINGSZORG ? normen.overbruggingNormDagen(client.regioCode()) : 0;
        return new Toetsingscontext(a, client, lopend, wacht, urennorm, normDagen);
    }

    private Clientsituatie client(long clientId, LocalDate peildatum) {
        Clientsituatie client = clientgegevens.situatie(clientId, peildatum)
                .orElseThrow(() -> new RegelOvertreding("Cliënt " + clientId + " is niet bekend."));
        controleerToegang(client.regioCode());
        return client;
    }

    private Regelingaanvraag aanvraag(long id) {
        Regelingaanvraag a = aanvragen.vind(id)
                .orElseThrow(() -> new RegelOvertreding("Aanvraag " + id + " bestaat niet."));
        controleerToegang(a.regioCode());
        return a;
    }

    /**
     * Staff see and change only the cases of clients in their own region (README, "Regio-isolatie"); the exchange
     * (ketenpartner) and system calls (timer, CIZ signal) are not tied to a region.
     *
     * @throws nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException passed unchanged, the UI answers 403
     */
    private void controleerToegang(String regioCode) {
        Gebruiker gebruiker = huidigeGebruiker.get();
        if (!isZonderRegio(gebruiker)) {
            gebruiker.controleerClient(regioCode == null ? null : ZorgkantoorRegio.vanCode(regioCode).orElse(null));
        }
    }

    private static boolean isZonderRegio(Gebruiker gebruiker) {
        return gebruiker.isAnoniem() || gebruiker.heeftRol(Rollen.KETENPARTNER);
    }

    /**
     * RULES E-04: the confirmation is the signed-in beoordelaar's own, never a name typed by someone else. Calls
     * without a user (system, tests) keep the name they give.
     */
    private String bevestiging(String bevestigdDoor) {
        Gebruiker gebruiker = huidigeGebruiker.get();
        if (bevestigdDoor == null || bevestigdDoor.isBlank() || gebruiker.isAnoniem()) {
            return bevestigdDoor;
        }
        if (!gebruiker.heeftRol(Rollen.BEOORDELAAR)) {
            throw new RegelOvertreding("Alleen een beoordelaar kan een verhoging boven 25% bij palliatief-terminale "
                    + "zorg bevestigen.", "E-04");
        }
        return gebruiker.naam();
    }

    private static void eisVersie(Regelingaanvraag a, long versie) {
        if (a.versie() != versie) {
            throw new RegelingFout(RegelingFout.GELIJKTIJDIG, List.of());
        }
    }

    private Instant nu() {
        return klok.nu().toInstant();
    }

    private AanvraagView view(Regelingaanvraag a) {
        List<Bevinding> toetsing = a.status().isOpen() ? a.toets(context(a)) : List.of();
        return AanvraagViews.van(a, toetsing);
    }

    /** Translates domain refusals and lost optimistic-lock races into the api's one exception. */
    private static <T> T uitvoeren(Supplier<T> gebruiksgeval) {
        try {
            return gebruiksgeval.get();
        } catch (RegelOvertreding e) {
            throw new RegelingFout(e.getMessage(), e.regels());
        } catch (RegelingFout e) {
            throw e;
        } catch (RuntimeException e) {
            // The repository is a session bean: a lost race arrives wrapped in an EJBException.
            if (isGelijktijdig(e)) {
                throw new RegelingFout(RegelingFout.GELIJKTIJDIG, List.of());
            }
            throw e;
        }
    }

    /** A concurrent update can surface as a lock or stale-state error from the database instead. */
    private static boolean isGelijktijdig(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String naam = t.getClass().getSimpleName();
            if (naam.contains("OptimisticLock") || naam.contains("StaleObjectState") || naam.contains("StaleState")
                    || naam.contains("LockAcquisition") || naam.contains("LockTimeout")
                    || naam.contains("PessimisticLock") || naam.contains("TransactionRollback")) {
                return true;
            }
        }
        return false;
    }
}
