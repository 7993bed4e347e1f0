package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import nl.zorgkantoor.wlz.regelingen.api.Actie;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * One application for a regeling and its whole life: the aggregate of the regelingen context.
 *
 * <p>Life cycle, the same for every regeling: an application is <em>ontvangen</em> (filed by whoever the regeling
 * allows, or opened on a CIZ signal), taken <em>in behandeling</em> by an assessor, possibly sent out for
 * <em>advies</em> (the CCE for gedragsproblematiek) and back, and then decided: <em>toegekend</em> only when every
 * rule of the regeling holds, or <em>afgewezen</em> with the unmet rules as grounds. A grant ends as
 * <em>verlopen</em> after its period or earlier as <em>ingetrokken</em>; an application can be withdrawn before its
 * decision too. A heraanvraag is a new application that points at the grant it continues.
 *
 * <p>Every step is recorded with who, when and why and never changed. Deadlines follow from the rules: the
 * beslistermijn from the filing date, the heraanvraagdatum from the granted period. The version column makes sure
 * two assessors cannot both decide the same case: the second one's change fails.
 */
@Entity
@Table(name = "aanvraag")
@SequenceGenerator(name = "aanvraag_seq", sequenceName = "aanvraag_seq", allocationSize = 50)
public class Regelingaanvraag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aanvraag_seq")
    private Long id;
    @Version
    @Column(name = "versie", nullable = false)
    private long versie;
    @Column(name = "client_id", nullable = false)
    private long clientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false, length = 20)
    private Soort soort;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "aanvrager", nullable = false, length = 20)
    private Aanvrager aanvrager;
    @Column(name = "aanvrager_naam", length = 200)
    private String aanvragerNaam;
    @Column(name = "aanvraagdatum", nullable = false)
    private LocalDate aanvraagdatum;
    @Column(name = "beslistermijn", nullable = false)
    private LocalDate beslistermijn;
    @Enumerated(EnumType.STRING)
    @Column(name = "zorgprofiel", length = 10)
    private Zorgprofiel zorgprofiel;
    @Column(name = "regio_code", length = 4)
    private String regioCode;
    @Column(name = "vorige_aanvraag_id")
    private Long vorigeAanvraagId;
    @Column(name = "ciz_besluitnummer")
    private Long cizBesluitnummer;
    @Column(name = "clientondersteuning_op")
    private LocalDate clientondersteuningAangebodenOp;
    @Column(name = "huisbezoek_op")
    private LocalDate huisbezoekOp;
    @Column(name = "gesprek_op")
    private LocalDate gesprekOp;

    @Embedded
    private Aanvraagfeiten feiten;
    @Embedded
    private Advies advies;
    @Embedded
    private Besluit besluit;

    @ElementCollection
    @CollectionTable(name = "besluit_regel", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgnummer")
    private List<Besluitregel> besluitregels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "besluit_grond", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgnummer")
    private List<Bevinding> gronden = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "aanvraag_stap", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgnummer")
    private List<Stap> stappen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "aanvraag_document", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgnummer")
    @AttributeOverride(name = "type", column = @Column(name = "documenttype", nullable = false, length = 30))
    private List<Documentvermelding> documenten = new ArrayList<>();

    protected Regelingaanvraag() {
    }

    /**
     * Files an application. The regeling decides who may file it; cliëntondersteuning is offered and recorded on
     * every application (RULES M-08, I-05).
     */
    public static Regelingaanvraag dienIn(Soort soort, Aanvrager aanvrager, String aanvragerNaam,
                                          LocalDate aanvraagdatum, Aanvraagfeiten feiten, Clientsituatie client,
                                          String wie, Instant nu, LocalDate vandaag) {
        Objects.requireNonNull(soort, "soort ontbreekt");
        Objects.requireNonNull(aanvrager, "aanvrager ontbreekt");
        Objects.requireNonNull(client, "cliënt ontbreekt");
        if (feiten == null) {
            throw new RegelOvertreding("De gegevens van de aanvraag ontbreken.");
        }
        if (aanvraagdatum == null || aanvraagdatum.isAfter(vandaag)) {
            throw new RegelOvertreding("De aanvraagdatum ontbreekt of ligt in de toekomst.");
        }
        Regeling.voor(soort).controleerAanvrager(aanvrager, feiten);
        Regelingaanvraag a = new Regelingaanvraag();
        a.soort = soort;
        a.status = Status.ONTVANGEN;
        a.clientId = client.clientId();
        a.aanvrager = aanvrager;
        a.aanvragerNaam = aanvragerNaam == null || aanvragerNaam.isBlank() ? null : aanvragerNaam.strip();
        a.aanvraagdatum = aanvraagdatum;
        a.beslistermijn = aanvraagdatum.plusWeeks(Regeling.BESLISTERMIJN_WEKEN); // RULES E-08
        a.zorgprofiel = client.zorgprofiel();
        a.regioCode = client.regioCode();
        a.cizBesluitnummer = aanvrager == Aanvrager.CIZ_SIGNAAL ? client.besluitnummer() : null;
        a.feiten = feiten;
        a.stap(Actie.INGEDIEND, a.status, wie(wie), nu, a.aanvrager.omschrijving()
                + (a.aanvragerNaam == null ? "" : " " + a.aanvragerNaam));
        a.clientondersteuningAangebodenOp = vandaag; // RULES M-08, I-05
        a.stap(Actie.CLIENTONDERSTEUNING_AANGEBODEN, a.status, wie(wie), nu,
                "Bij de aanvraag is onafhankelijke cliëntondersteuning aangeboden.");
        return a;
    }

    /**
     * Files a heraanvraag that continues this grant, reusing what is known (RULES M-06, M-07). A meerzorg grant for
     * another leveringsvorm is not continued but needs a new application.
     */
    public Regelingaanvraag heraanvraag(LocalDate aanvraagdatum, Aanvraagfeiten nieuweFeiten, Clientsituatie client,
                                        String wie, Instant nu, LocalDate vandaag) {
        if (status != Status.TOEGEKEND) {
            throw new RegelOvertreding("Alleen een toegekende regeling kan met een heraanvraag worden voortgezet; "
                    + "deze aanvraag is " + status.omschrijving().toLowerCase() + ".");
        }
        Objects.requireNonNull(id, "een heraanvraag volgt op een bewaarde aanvraag");
        Aanvraagfeiten f = nieuweFeiten == null ? feiten : nieuweFeiten;
        if (soort == Soort.MEERZORG && !f.leveringsvormen().equals(feiten.leveringsvormen())) { // RULES M-07
            throw new RegelOvertreding("Een andere leveringsvorm (" + Regelhulp.namen(f.leveringsvormen())
                    + " in plaats van " + Regelhulp.namen(feiten.leveringsvormen()) + ") vraagt een nieuwe "
                    + "meerzorgaanvraag, geen heraanvraag.", "M-07");
        }
        Regelingaanvraag nieuw = dienIn(soort, aanvrager, aanvragerNaam, aanvraagdatum, f, client, wie, nu, vandaag);
        nieuw.vorigeAanvraagId = id;
        LocalDate uiterlijk = besluit.heraanvraagdatum();
        boolean tijdig = uiterlijk == null || !aanvraagdatum.isAfter(uiterlijk);
        nieuw.stap(Actie.HERAANVRAAG_INGEDIEND, nieuw.status, wie(wie), nu, "Vervolg op aanvraag " + id
                + (tijdig ? "; tijdig ingediend." : "; te laat ingediend (uiterlijk " + uiterlijk + ")."));
        return nieuw;
    }

    public void neemInBehandeling(String wie, Instant nu) {
        overgang(Actie.IN_BEHANDELING_GENOMEN, Status.IN_BEHANDELING, wie, null, nu);
    }

    /** The assessor completes or corrects the facts (measured hours, outcome of the assessment) while it is open. */
    public void werkFeitenBij(Aanvraagfeiten nieuw, String wie, String waarom, Instant nu) {
        eisOpen("gegevens bijwerken");
        if (nieuw == null) {
            throw new RegelOvertreding("De gegevens van de aanvraag ontbreken.");
        }
        Regeling.voor(soort).controleerAanvrager(aanvrager, nieuw);
        if (soort == Soort.MEERZORG && vorigeAanvraagId != null
                && !nieuw.leveringsvormen().equals(feiten.leveringsvormen())) {
            throw new RegelOvertreding("Een andere leveringsvorm vraagt een nieuwe meerzorgaanvraag.", "M-07");
        }
        this.feiten = nieuw;
        stap(Actie.GEGEVENS_BIJGEWERKT, status, wie, nu, waarom);
    }

    /** RULES M-04: asks an adviser (the CCE for gedragsproblematiek); the case waits for the answer. */
    public void vraagAdvies(String adviseur, String vraag, String wie, Instant nu) {
        if (adviseur == null || adviseur.isBlank()) {
            throw new RegelOvertreding("Vermeld bij wie advies wordt gevraagd.");
        }
        overgang(Actie.ADVIES_GEVRAAGD, Status.ADVIES_GEVRAAGD, wie, adviseur.strip() + ": " + vraag, nu);
        this.advies = new Advies(adviseur.strip(), vraag, nu);
    }

    public void legAdviesVast(LocalDate adviesdatum, boolean positief, String toelichting, String wie, Instant nu,
                              LocalDate vandaag) {
        if (adviesdatum == null || adviesdatum.isAfter(vandaag)) {
            throw new RegelOvertreding("De datum van het advies ontbreekt of ligt in de toekomst.");
        }
        if (toelichting == null || toelichting.isBlank()) {
            throw new RegelOvertreding("Vat het advies samen in de toelichting.");
        }
        overgang(Actie.ADVIES_VASTGELEGD, Status.IN_BEHANDELING, wie,
                (positief ? "Positief advies: " : "Negatief advies: ") + toelichting.strip(), nu);
        this.advies = advies.metUitkomst(adviesdatum, positief, toelichting.strip());
    }

    /** RULES M-04: the optional home visit for somatic meerzorg at home. */
    public void legHuisbezoekVast(LocalDate datum, String verslag, String wie, Instant nu, LocalDate vandaag) {
        eisOpen("een huisbezoek vastleggen");
        this.huisbezoekOp = verledenDatum(datum, vandaag, "huisbezoek");
        stap(Actie.HUISBEZOEK, status, wie, nu, verslag);
    }

    /** RULES P-03: the zorgkantoor has seen the client in person. */
    public void legGesprekVast(LocalDate datum, String verslag, String wie, Instant nu, LocalDate vandaag) {
        eisOpen("een gesprek vastleggen");
        this.gesprekOp = verledenDatum(datum, vandaag, "gesprek");
        stap(Actie.GESPREK, status, wie, nu, verslag);
    }

    public void voegDocumentToe(long inhoudId, Documenttype type, LocalDate documentdatum, Bestand bestand,
                                String wie, Instant nu, LocalDate vandaag) {
        if (status == Status.INGETROKKEN) {
            throw new RegelOvertreding("Aan een ingetrokken aanvraag worden geen documenten meer toegevoegd.");
        }
        if (type == null) {
            throw new RegelOvertreding("Kies het soort document.");
        }
        verledenDatum(documentdatum, vandaag, "document");
        documenten.add(new Documentvermelding(inhoudId, type, documentdatum, bestand, wie(wie), nu));
        stap(Actie.DOCUMENT_TOEGEVOEGD, status, wie, nu, type.omschrijving() + ": " + bestand.naam());
    }

    /** All rules of the regeling for this case as it stands. */
    public List<Bevinding> toets(Toetsingscontext context) {
        eisContextVan(context);
        return Regeling.voor(soort).toets(context);
    }

    /**
     * Decides the case. A grant needs every rule of the regeling to hold, on the case and on the grant itself; a
     * refusal states its motivation and cites the unmet rules as grounds.
     */
    public void besluit(Besluitvoorstel voorstel, Toetsingscontext context, Tarieven tarieven, Instant nu) {
        eisContextVan(context);
        Regeling regeling = Regeling.voor(soort);
        Status naar = voorstel.uitkomst() == Uitkomst.TOEGEKEND ? Status.TOEGEKEND : Status.AFGEWEZEN;
        eisOvergang(naar, voorstel.uitkomst() == Uitkomst.TOEGEKEND ? "toekennen" : "afwijzen");
        List<Bevinding> bevindingen = new ArrayList<>(regeling.toets(context));
        if (naar == Status.TOEGEKEND) {
            Periode periode = regeling.periode(voorstel, context);
            List<Besluitregel> regels = regeling.bedragen(voorstel, context, tarieven);
            bevindingen.addAll(regeling.toetsToekenning(voorstel, periode, regels, context, tarieven));
            List<Bevinding> niet = bevindingen.stream().filter(b -> !b.isVoldaan()).toList();
            if (!niet.isEmpty()) {
                throw new RegelOvertreding("Toekennen kan niet: " + niet.stream()
                        .map(b -> b.regel() + " " + b.uitleg()).collect(Collectors.joining(" ")),
                        niet.stream().map(Bevinding::regel).distinct().toList());
            }
            Integer norm = soort == Soort.OVERBRUGGINGSZORG ? context.normDagen() : null;
            this.besluit = new Besluit(Uitkomst.TOEGEKEND, periode, regeling.heraanvraagdatum(periode), voorstel, nu,
                    norm);
            vervang(besluitregels, regels);
            vervang(gronden, bevindingen);
        } else {
            this.besluit = new Besluit(Uitkomst.AFGEWEZEN, null, null, voorstel, nu, null);
            vervang(besluitregels, List.of());
            vervang(gronden, bevindingen.stream().filter(b -> !b.isVoldaan()).toList());
        }
        overgang(naar == Status.TOEGEKEND ? Actie.TOEGEKEND : Actie.AFGEWEZEN, naar, voorstel.wie(),
                voorstel.motivering(), nu);
    }

    public void trekIn(String reden, String wie, Instant nu) {
        if (reden == null || reden.isBlank()) {
            throw new RegelOvertreding("Vermeld waarom de aanvraag of toekenning wordt ingetrokken.");
        }
        overgang(Actie.INGETROKKEN, Status.INGETROKKEN, wie, reden.strip(), nu);
    }

    /** A grant whose period has passed expires; returns whether it did. */
    public boolean verloop(LocalDate vandaag, Instant nu) {
        if (status != Status.TOEGEKEND || besluit.periode().eind() == null || !besluit.periode().eind().isBefore(vandaag)) {
            return false;
        }
        overgang(Actie.VERLOPEN, Status.VERLOPEN, "systeem", "Einde van de toegekende periode: "
                + besluit.periode().eind() + ".", nu);
        return true;
    }

    /** RULES O-02: granted overbruggingszorg for longer than the region's acceptable norm. */
    public boolean isLangerDanNorm() {
        return soort == Soort.OVERBRUGGINGSZORG && besluit != null && besluit.normDagen() != null
                && besluit.periode() != null
                && OverbruggingszorgRegeling.langerDanNorm(besluit.periode(), besluit.normDagen());
    }

    /** The grant in force on the date. */
    public boolean isToegekendOp(LocalDate datum) {
        return status == Status.TOEGEKEND && besluit.periode().bevat(datum);
    }

    public Bedrag totaalPerJaar() {
        return Regelhulp.totaal(besluitregels);
    }

    private void eisContextVan(Toetsingscontext context) {
        if (context.aanvraag() != this) {
            throw new IllegalArgumentException("De toetsingscontext hoort bij een andere aanvraag");
        }
    }

    private void eisOpen(String wat) {
        if (!status.isOpen()) {
            throw new RegelOvertreding("De aanvraag is " + status.omschrijving().toLowerCase() + "; " + wat
                    + " kan niet meer.");
        }
    }

    private void eisOvergang(Status naar, String wat) {
        if (!status.magNaar(naar)) {
            String extra = status == Status.ADVIES_GEVRAAGD ? " Het gevraagde advies moet eerst worden vastgelegd."
                    : status == Status.ONTVANGEN ? " Neem de aanvraag eerst in behandeling." : "";
            throw new RegelOvertreding("De aanvraag is " + status.omschrijving().toLowerCase() + "; " + wat
                    + " kan nu niet." + extra);
        }
    }

    private void overgang(Actie actie, Status naar, String wie, String waarom, Instant nu) {
        eisOvergang(naar, actie.omschrijving().toLowerCase());
        Status van = status;
        status = naar;
        stappen.add(new Stap(actie, van, naar, wie(wie), nu, waarom));
    }

    private void stap(Actie actie, Status huidig, String wie, Instant nu, String waarom) {
        stappen.add(new Stap(actie, huidig, huidig, wie(wie), nu, waarom));
    }

    private static <T> void vervang(List<T> lijst, List<T> door) {
        lijst.clear();
        lijst.addAll(door);
    }

    private static String wie(String wie) {
        if (wie == null || wie.isBlank()) {
            throw new RegelOvertreding("Vermeld wie deze stap zet.");
        }
        return wie.strip();
    }

    private static LocalDate verledenDatum(LocalDate datum, LocalDate vandaag, String wat) {
        if (datum == null || datum.isAfter(vandaag)) {
            throw new RegelOvertreding("De datum van het " + wat + " ontbreekt of ligt in de toekomst.");
        }
        return datum;
    }

    public Long id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public long clientId() {
        return clientId;
    }

    public Soort soort() {
        return soort;
    }

    public Status status() {
        return status;
    }

    public Aanvrager aanvrager() {
        return aanvrager;
    }

    public String aanvragerNaam() {
        return aanvragerNaam;
    }

    public LocalDate aanvraagdatum() {
        return aanvraagdatum;
    }

    public LocalDate beslistermijn() {
        return beslistermijn;
    }

    public Zorgprofiel zorgprofiel() {
        return zorgprofiel;
    }

    public String regioCode() {
        return regioCode;
    }

    public Long vorigeAanvraagId() {
        return vorigeAanvraagId;
    }

    public boolean isHeraanvraag() {
        return vorigeAanvraagId != null;
    }

    public Long cizBesluitnummer() {
        return cizBesluitnummer;
    }

    public LocalDate clientondersteuningAangebodenOp() {
        return clientondersteuningAangebodenOp;
    }

    public LocalDate huisbezoekOp() {
        return huisbezoekOp;
    }

    public LocalDate gesprekOp() {
        return gesprekOp;
    }

    public Aanvraagfeiten feiten() {
        return feiten;
    }

    public Advies advies() {
        return advies;
    }

    public Besluit besluit() {
        return besluit;
    }

    public List<Besluitregel> besluitregels() {
        return Collections.unmodifiableList(besluitregels);
    }

    public List<Bevinding> gronden() {
        return Collections.unmodifiableList(gronden);
    }

    public List<Stap> stappen() {
        return Collections.unmodifiableList(stappen);
    }

    public List<Documentvermelding> documenten() {
        return Collections.unmodifiableList(documenten);
    }
}
