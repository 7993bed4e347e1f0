package nl.zorgkantoor.wlz.regelingen.infrastructure.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.regelingen.api.Actie;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Toeslagsoort;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;

/**
 * The extra-care cases of a synthetic population: about 1.4% of the clients have one (domain README, "Scale":
 * 3,899 clients in 2016), a meerzorg, ekt, toeslag or pab case filed in the three years before
 * {@link DemoPopulatie#HORIZON}, each only where the rules allow it. Cases filed in the last eight weeks are still
 * open (RULES E-08); the others were decided, about 9% refused, and a grant whose period has passed is verlopen.
 * Deterministic per client; amounts use an illustrative hourly rate, not a published tariff.
 */
public final class DemoRegelingen {

    /** Per mille of the clients with an extra-care case. */
    static final int PROMILLE_MET_REGELING = 14;
    static final int PROCENT_AFGEWEZEN = 9;
    /** Illustrative hourly rate of extra care (euro), the same order as a pgb hourly rate. */
    static final BigDecimal UURTARIEF = new BigDecimal("62.50");
    static final BigDecimal PAB_MAXIMUM = new BigDecimal("239110.00");
    /** Who recorded the steps and the decision: the demo loader, not a real account. */
    public static final String BEHANDELAAR = "demodata";
    /** The most steps one case records (ingediend … toegekend, verlopen). */
    public static final int MAX_STAPPEN = 8;
    public static final int MAX_GRONDEN = 2;

    // RULES M-01
    private static final Set<Zorgprofiel> MEERZORG_PROFIELEN = EnumSet.of(Zorgprofiel.VV7, Zorgprofiel.VV8,
            Zorgprofiel.VG5, Zorgprofiel.VG7, Zorgprofiel.VG8, Zorgprofiel.LVG4, Zorgprofiel.LVG5, Zorgprofiel.SGLVG1,
            Zorgprofiel.LG5, Zorgprofiel.LG6, Zorgprofiel.LG7, Zorgprofiel.ZGAUD3, Zorgprofiel.ZGVIS5,
            Zorgprofiel.GGZ6B, Zorgprofiel.GGZ7B);
    // RULES P-01
    private static final Set<Zorgprofiel> PAB_PROFIELEN = EnumSet.of(Zorgprofiel.LG5, Zorgprofiel.LG6,
            Zorgprofiel.LG7, Zorgprofiel.VV7, Zorgprofiel.VV8);
    // RULES B-02: at home only the toeslagen that are neither instellingsgebonden nor gebruikelijke zorg
    private static final List<Toeslagsoort> TOESLAGEN_THUIS = List.of(Toeslagsoort.CHRONISCHE_INVASIEVE_BEADEMING,
            Toeslagsoort.NON_INVASIEVE_BEADEMING, Toeslagsoort.CVA, Toeslagsoort.HUNTINGTON);
    private static final List<Toeslagsoort> TOESLAGEN_INSTELLING = List.of(
            Toeslagsoort.GESPECIALISEERDE_EPILEPSIEZORG, Toeslagsoort.CHRONISCHE_INVASIEVE_BEADEMING,
            Toeslagsoort.KLINISCH_INTENSIEVE_BEHANDELING, Toeslagsoort.CVA, Toeslagsoort.HUNTINGTON,
            Toeslagsoort.OBSERVATIE);

    public record Stap(Actie actie, Status van, Status naar, LocalDateTime wanneer, String waarom) {
    }

    public record Grond(String regel, boolean voldaan, String uitleg) {
    }

    public record Regel(Leveringsvorm leveringsvorm, String omschrijving, BigDecimal bedragPerJaar) {
    }

    /** One case; {@code uitkomst} and the fields after it are null while the case is open. */
    public record Aanvraag(DemoClient client, Soort soort, Aanvrager aanvrager, LocalDate aanvraagdatum, Status status,
                           Toeslagsoort toeslag, boolean gedragsproblematiek, BigDecimal extraUrenPerWeek,
                           LocalDate adviesGevraagd, Uitkomst uitkomst, LocalDate besloten, LocalDate ingangsdatum,
                           LocalDate einddatum, LocalDate heraanvraagdatum, String motivering, List<Stap> stappen,
                           List<Grond> gronden, List<Regel> regels) {

        public LocalDate beslistermijn() {
            return aanvraagdatum.plusWeeks(8); // RULES E-08
        }
    }

    private DemoRegelingen() {
    }

    /** The case of this client, or null when the client has none. */
    public static Aanvraag voor(DemoPopulatie populatie, DemoClient c) {
        SplittableRandom rnd = populatie.random(c.nummer(), "regelingen");
        if (rnd.nextInt(1000) >= PROMILLE_MET_REGELING) {
            return null;
        }
        Soort soort = kiesSoort(c, rnd);
        LocalDate aanvraagdatum = DemoPopulatie.HORIZON.minusDays(1 + rnd.nextInt(3 * 365));
        Aanvrager aanvrager = aanvrager(soort, c, rnd);
        Toeslagsoort toeslag = soort == Soort.TOESLAG ? toeslag(c, aanvraagdatum, rnd) : null;
        boolean gedrag = soort == Soort.MEERZORG && c.zorgprofiel().sector() != Sector.VV && rnd.nextInt(3) == 0;
        BigDecimal uren = switch (soort) {
            case MEERZORG -> BigDecimal.valueOf(4 + rnd.nextInt(17));
            case EKT -> BigDecimal.valueOf(2 + rnd.nextInt(7));
            case PAB -> BigDecimal.valueOf(20 + rnd.nextInt(41));
            default -> null;
        };
        LocalDateTime ingediend = aanvraagdatum.atTime(LocalTime.of(9, 0));
        List<Stap> stappen = new ArrayList<>();
        stappen.add(new Stap(Actie.INGEDIEND, Status.ONTVANGEN, Status.ONTVANGEN, ingediend,
                aanvrager.omschrijving()));
        stappen.add(new Stap(Actie.CLIENTONDERSTEUNING_AANGEBODEN, Status.ONTVANGEN, Status.ONTVANGEN, ingediend,
                "Bij de aanvraag is onafhankelijke cliëntondersteuning aangeboden.")); // RULES M-08, I-05
        LocalDate inBehandeling = aanvraagdatum.plusDays(2 + rnd.nextInt(5));
        LocalDate adviesGevraagd = gedrag ? inBehandeling.plusDays(1) : null;
        LocalDate besloten = aanvraagdatum.plusDays(21 + rnd.nextInt(35));
        if (!besloten.isBefore(DemoPopulatie.HORIZON)) {
            return open(c, soort, aanvrager, aanvraagdatum, toeslag, gedrag, uren, inBehandeling, adviesGevraagd,
                    stappen);
        }
        stappen.add(new Stap(Actie.IN_BEHANDELING_GENOMEN, Status.ONTVANGEN, Status.IN_BEHANDELING,
                inBehandeling.atTime(10, 0), null));
        if (gedrag) { // RULES M-04: gedragsproblematiek asks for the advice of the CCE before the decision
            stappen.add(new Stap(Actie.ADVIES_GEVRAAGD, Status.IN_BEHANDELING, Status.ADVIES_GEVRAAGD,
                    adviesGevraagd.atTime(10, 0), "Advies CCE over de gedragsproblematiek"));
            stappen.add(new Stap(Actie.ADVIES_VASTGELEGD, Status.ADVIES_GEVRAAGD, Status.IN_BEHANDELING,
                    besloten.minusDays(1).atTime(10, 0), "CCE adviseert positief"));
        }
        if (soort == Soort.PAB) { // RULES P-03: granted only after the zorgkantoor has seen the client in person
            stappen.add(new Stap(Actie.HUISBEZOEK, Status.IN_BEHANDELING, Status.IN_BEHANDELING,
                    besloten.minusDays(3).atTime(11, 0), "Cliënt thuis gesproken"));
        }
        boolean afgewezen = rnd.nextInt(100) < PROCENT_AFGEWEZEN;
        List<Grond> gronden = gronden(soort, c, toeslag, afgewezen);
        if (afgewezen) {
            String motivering = "Niet voldaan aan " + gronden.get(gronden.size() - 1).regel() + ": "
                    + gronden.get(gronden.size() - 1).uitleg();
            stappen.add(new Stap(Actie.AFGEWEZEN, Status.IN_BEHANDELING, Status.AFGEWEZEN, besloten.atTime(15, 0),
                    motivering));
            return new Aanvraag(c, soort, aanvrager, aanvraagdatum, Status.AFGEWEZEN, toeslag, gedrag, uren,
                    adviesGevraagd, Uitkomst.AFGEWEZEN, besloten, null, null, null, motivering, stappen, gronden,
                    List.of());
        }
        LocalDate ingang = aanvraagdatum;
        LocalDate einde = ingang.plus(termijn(soort, c, rnd)).minusDays(1);
        LocalDate heraanvraag = soort == Soort.MEERZORG ? einde.minusMonths(3) : einde.minusWeeks(8); // RULES M-06
        String motivering = "Voldaan aan " + String.join(", ", gronden.stream().map(Grond::regel).toList()) + ".";
        stappen.add(new Stap(Actie.TOEGEKEND, Status.IN_BEHANDELING, Status.TOEGEKEND, besloten.atTime(15, 0),
                motivering));
        Status status = Status.TOEGEKEND;
        if (einde.isBefore(DemoPopulatie.HORIZON)) {
            status = Status.VERLOPEN;
            stappen.add(new Stap(Actie.VERLOPEN, Status.TOEGEKEND, Status.VERLOPEN,
                    einde.plusDays(1).atTime(2, 0), "De toegekende periode is voorbij."));
        }
        return new Aanvraag(c, soort, aanvrager, aanvraagdatum, status, toeslag, gedrag, uren, adviesGevraagd,
                Uitkomst.TOEGEKEND, besloten, ingang, einde, heraanvraag, motivering, stappen, gronden,
                List.of(regel(soort, c, toeslag, uren)));
    }

    private static Aanvraag open(DemoClient c, Soort soort, Aanvrager aanvrager, LocalDate aanvraagdatum,
                                 Toeslagsoort toeslag, boolean gedrag, BigDecimal uren, LocalDate inBehandeling,
                                 LocalDate adviesGevraagd, List<Stap> stappen) {
        Status status = Status.ONTVANGEN;
        if (inBehandeling.isBefore(DemoPopulatie.HORIZON)) {
            status = Status.IN_BEHANDELING;
            stappen.add(new Stap(Actie.IN_BEHANDELING_GENOMEN, Status.ONTVANGEN, Status.IN_BEHANDELING,
                    inBehandeling.atTime(10, 0), null));
            if (gedrag && adviesGevraagd.isBefore(DemoPopulatie.HORIZON)) {
                status = Status.ADVIES_GEVRAAGD;
                stappen.add(new Stap(Actie.ADVIES_GEVRAAGD, Status.IN_BEHANDELING, Status.ADVIES_GEVRAAGD,
                        adviesGevraagd.atTime(10, 0), "Advies CCE over de gedragsproblematiek"));
            }
        }
        return new Aanvraag(c, soort, aanvrager, aanvraagdatum, status, toeslag, gedrag, uren,
                status == Status.ADVIES_GEVRAAGD ? adviesGevraagd : null, null, null, null, null, null, null,
                stappen, List.of(), List.of());
    }

    /** A soort the client may have; a toeslag is open to every client, so every drawn client gets a case. */
    private static Soort kiesSoort(DemoClient c, SplittableRandom rnd) {
        List<Soort> mogelijk = new ArrayList<>();
        if (MEERZORG_PROFIELEN.contains(c.zorgprofiel())) {
            for (int i = 0; i < 9; i++) {
                mogelijk.add(Soort.MEERZORG);
            }
        }
        if (c.leveringsvorm() == Leveringsvorm.PGB || c.leveringsvorm() == Leveringsvorm.MPT) { // RULES E-01
            for (int i = 0; i < 7; i++) {
                mogelijk.add(Soort.EKT);
            }
        }
        if (PAB_PROFIELEN.contains(c.zorgprofiel()) && c.leveringsvorm() == Leveringsvorm.PGB // RULES P-01
                && leeftijd(c, DemoPopulatie.HORIZON.minusYears(3)) >= 18) { // RULES P-02
            mogelijk.add(Soort.PAB);
        }
        for (int i = 0; i < 3; i++) {
            mogelijk.add(Soort.TOESLAG);
        }
        return mogelijk.get(rnd.nextInt(mogelijk.size()));
    }

    private static Aanvrager aanvrager(Soort soort, DemoClient c, SplittableRandom rnd) {
        return switch (soort) {
            case MEERZORG -> rnd.nextInt(10) == 0 ? Aanvrager.CIZ_SIGNAAL : Aanvrager.ZORGAANBIEDER;
            case EKT -> c.leveringsvorm() == Leveringsvorm.PGB ? Aanvrager.CLIENT : Aanvrager.ZORGAANBIEDER; // E-06
            case PAB -> Aanvrager.CLIENT; // RULES P-03
            default -> Aanvrager.ZORGAANBIEDER; // RULES T-02
        };
    }

    private static Toeslagsoort toeslag(DemoClient c, LocalDate aanvraagdatum, SplittableRandom rnd) {
        if (c.leveringsvorm().isThuis()) {
            return TOESLAGEN_THUIS.get(rnd.nextInt(TOESLAGEN_THUIS.size()));
        }
        if (leeftijd(c, aanvraagdatum) < 23 && rnd.nextBoolean()) { // RULES T-03
            return Toeslagsoort.JEUGD_ONDER_23;
        }
        return TOESLAGEN_INSTELLING.get(rnd.nextInt(TOESLAGEN_INSTELLING.size()));
    }

    /** RULES M-05: meerzorg for ghz 1–3 years, v&amp;v and ggz 12 months; E-07 and the others one year. */
    private static Period termijn(Soort soort, DemoClient c, SplittableRandom rnd) {
        if (soort == Soort.MEERZORG && c.zorgprofiel().sector() == Sector.GHZ) {
            return Period.ofYears(1 + rnd.nextInt(3));
        }
        return Period.ofYears(1);
    }

    private static List<Grond> gronden(Soort soort, DemoClient c, Toeslagsoort toeslag, boolean afgewezen) {
        List<Grond> g = new ArrayList<>();
        String profiel = c.zorgprofiel().label();
        switch (soort) {
            case MEERZORG -> {
                g.add(new Grond("M-01", true, "Zorgprofiel " + profiel + " komt in aanmerking voor meerzorg."));
                g.add(new Grond("M-02", !afgewezen, afgewezen
                        ? "De zorgbehoefte ligt minder dan 25% boven het midden van de urenband."
                        : "De zorgbehoefte ligt ten minste 25% boven het midden van de urenband."));
            }
            case EKT -> {
                g.add(new Grond("E-01", true, "Zorg thuis met " + c.leveringsvorm().omschrijving().toLowerCase()
                        + "."));
                g.add(new Grond("E-03", !afgewezen, afgewezen
                        ? "De zorg op basis van het zorgprofiel is toereikend."
                        : "De zorg op basis van het zorgprofiel is thuis ontoereikend."));
            }
            case PAB -> {
                g.add(new Grond("P-01", true, "Zorgprofiel " + profiel + " met een pgb."));
                g.add(new Grond("P-02", !afgewezen, afgewezen
                        ? "Geen medische noodzaak voor permanent toezicht of 24-uurszorg in de nabijheid."
                        : "Medische noodzaak voor permanent toezicht; de cliënt voert de pgb-taken zelf uit."));
            }
            default -> {
                g.add(new Grond("T-01", !afgewezen, afgewezen
                        ? "De aandoening voor " + toeslag.omschrijving().toLowerCase() + " is niet aangetoond."
                        : "De aandoening voor " + toeslag.omschrijving().toLowerCase() + " is aangetoond."));
            }
        }
        return g;
    }

    private static Regel regel(Soort soort, DemoClient c, Toeslagsoort toeslag, BigDecimal uren) {
        Leveringsvorm vorm = c.leveringsvorm();
        return switch (soort) {
            case MEERZORG, EKT -> new Regel(vorm, soort.omschrijving() + ": " + uren + " uur per week extra",
                    jaarbedrag(uren));
            // RULES P-04: at most the year's maximum
            case PAB -> new Regel(Leveringsvorm.PGB, "Persoonlijk assistentiebudget (opslag op het pgb)",
                    jaarbedrag(uren).min(PAB_MAXIMUM));
            default -> new Regel(vorm, "Toeslag " + toeslag.omschrijving().toLowerCase(),
                    jaarbedrag(BigDecimal.valueOf(6)));
        };
    }

    private static BigDecimal jaarbedrag(BigDecimal urenPerWeek) {
        return urenPerWeek.multiply(UURTARIEF).multiply(BigDecimal.valueOf(52)).setScale(2, RoundingMode.HALF_UP);
    }

    static int leeftijd(DemoClient c, LocalDate op) {
        return Period.between(c.geboortedatum(), op).getYears();
    }
}
