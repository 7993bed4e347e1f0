package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zorgkantoor.wlz.budget.domain.tarief.GeenTarief;
import nl.zorgkantoor.wlz.budget.domain.tarief.MptModule;
import nl.zorgkantoor.wlz.budget.domain.tarief.Profieltarief;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbedragen;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefjaar;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefparameter;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;
import nl.zorgkantoor.wlz.budget.domain.tarief.Toeslag;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Profielgroep;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Computes budget ceilings, the doelmatigheidstoets and the institutional comparison from the tariff tables in
 * force, with the rules valid on the reference date of each question.
 *
 * <p>The lines that depend only on year and profile (the pgb-plafond, the toeslagen, verblijf) are built once per
 * tariff table and shared by every result, so a national run of 450,000 ceilings mostly reads arrays.
 */
public final class Budgetrekenaar {

    /** RULES E-03: from this date ekt is open to everyone with Wlz care at home through pgb or mpt. */
    public static final LocalDate EKT_VOOR_IEDEREEN_VANAF = LocalDate.of(2018, 7, 1);

    /** RULES P-01: the profiles (or the same zzp) that can get a pab. */
    public static final Set<Zorgprofiel> PAB_PROFIELEN = EnumSet.of(Zorgprofiel.LG5, Zorgprofiel.LG6,
            Zorgprofiel.LG7, Zorgprofiel.VV7, Zorgprofiel.VV8);

    /** RULES M-01: the profiles eligible for meerzorg under Rlz 2.2 lid 1a/b; VV5/VV6 are not. */
    public static final Set<Zorgprofiel> MEERZORG_PROFIELEN = EnumSet.of(Zorgprofiel.VV7, Zorgprofiel.VV8,
            Zorgprofiel.VG5, Zorgprofiel.VG7, Zorgprofiel.VG8, Zorgprofiel.LVG4, Zorgprofiel.LVG5, Zorgprofiel.SGLVG1,
            Zorgprofiel.LG5, Zorgprofiel.LG6, Zorgprofiel.LG7, Zorgprofiel.ZGAUD3, Zorgprofiel.ZGVIS5,
            Zorgprofiel.GGZ6B, Zorgprofiel.GGZ7B);

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private final Tarieftabel tabel;
    private final int eersteJaar;
    private final Toelichtingsregel[][] plafondRegels;
    /** The same lines as one-element lists: the explanation of most clients, shared instead of allocated. */
    private final List<Toelichtingsregel>[][] alleenPlafond;
    private final Toelichtingsregel[][] verblijfRegels;
    private final List<Map<String, Toelichtingsregel>> toeslagThuis = new ArrayList<>();
    private final List<Map<String, Toelichtingsregel>> toeslagAlleenMpt = new ArrayList<>();
    private final List<Map<String, Toelichtingsregel>> toeslagInstelling = new ArrayList<>();

    public Budgetrekenaar(Tarieftabel tabel) {
        this.tabel = tabel;
        this.eersteJaar = tabel.eersteJaar();
        int jaren = tabel.laatsteJaar() - eersteJaar + 1;
        plafondRegels = new Toelichtingsregel[jaren][];
        verblijfRegels = new Toelichtingsregel[jaren][];
        alleenPlafond = nieuweLijstTabel(jaren);
        for (int i = 0; i < jaren; i++) {
            int jaar = eersteJaar + i;
            Map<String, Toelichtingsregel> thuis = new HashMap<>();
            Map<String, Toelichtingsregel> mpt = new HashMap<>();
            Map<String, Toelichtingsregel> instelling = new HashMap<>();
            if (tabel.versie(jaar) > 0) {
                plafondRegels[i] = new Toelichtingsregel[Zorgprofiel.values().length];
                alleenPlafond[i] = nieuweLijstRij();
                verblijfRegels[i] = new Toelichtingsregel[Zorgprofiel.values().length];
                for (Zorgprofiel profiel : Zorgprofiel.values()) {
                    plafondRegels[i][profiel.ordinal()] = plafondRegel(profiel, jaar);
                    alleenPlafond[i][profiel.ordinal()] = List.of(plafondRegels[i][profiel.ordinal()]);
                    verblijfRegels[i][profiel.ordinal()] = verblijfRegel(profiel, jaar);
                }
                for (Toeslag toeslag : tabel.toeslagen(jaar)) {
                    thuis.put(toeslag.code(), toeslagRegel(toeslag, "B-02", Toerekening.NAAR_VERDELING));
                    mpt.put(toeslag.code(), toeslagRegel(toeslag, "B-02", Toerekening.MPT));
                    instelling.put(toeslag.code(), toeslagRegel(toeslag, "T-01", Toerekening.NAAR_VERDELING));
                }
            }
            toeslagThuis.add(thuis);
            toeslagAlleenMpt.add(mpt);
            toeslagInstelling.add(instelling);
        }
    }

    public Tarieftabel tabel() {
        return tabel;
    }

    /**
     * The ceiling of the budget at home on the reference date.
     *
     * @throws BudgetGeweigerd when no budget of this kind can be granted at all (RULES L-03)
     * @throws GeenTarief      when the tariff tables do not cover the date
     */
    public Budgetplafond plafond(Budgetvraag vraag) {
        Zorgprofiel profiel = vraag.profiel();
        Leveringsverdeling verdeling = vraag.verdeling();
        // RULES L-03: 5GGZ-W gives no right to a pgb (004 L668-670)
        if (profiel == Zorgprofiel.GGZ5W && verdeling.heeftPgb()) {
            throw new BudgetGeweigerd("L-03", "Zorgprofiel 5GGZ-W geeft geen recht op een pgb (RULES L-03); "
                    + "alleen zorg in natura (mpt) is mogelijk.");
        }
        int index = jaarIndex(vraag.peildatum().getYear());
        // RULES B-01: the pgb-plafond of the profile is the doelmatigheidsnorm for pgb and mpt
        Toelichtingsregel plafond = plafondRegels[index][profiel.ordinal()];
        if (vraag.toeslagen().isEmpty() && vraag.ekt() == null && vraag.pab() == null && vraag.meerzorg() == null) {
            return new Budgetplafond(vraag, alleenPlafond[index][profiel.ordinal()], List.of());
        }
        List<Toelichtingsregel> regels = new ArrayList<>(6);
        List<Melding> meldingen = new ArrayList<>(2);
        regels.add(plafond);
        long toeslagen = toeslagenThuis(vraag, index, regels, meldingen);
        Toelichtingsregel meerzorg = meerzorg(vraag, meldingen);
        Toelichtingsregel pab = pab(vraag, pgbDeel(verdeling, regels), meldingen);
        Toelichtingsregel ekt = ekt(vraag, plafond.centen(), toeslagen, meerzorg != null || pab != null, meldingen);
        if (ekt != null) {
            regels.add(ekt);
        }
        if (pab != null) {
            regels.add(pab);
        }
        if (meerzorg != null) {
            regels.add(meerzorg);
        }
        return new Budgetplafond(vraag, regels, meldingen);
    }

    /**
     * RULES B-01/B-02 doelmatigheidstoets: the yearly cost at home against the ceiling, with the deciding rule,
     * the margin and the institutional comparison.
     */
    public Doelmatigheidstoets toets(Budgetvraag vraag, Thuiskosten kosten) {
        Instellingsvergelijking instelling = instelling(vraag);
        Budgetplafond plafond;
        try {
            plafond = plafond(vraag);
        } catch (BudgetGeweigerd geweigerd) {
            return new Doelmatigheidstoets(Doelmatigheidstoets.Uitkomst.GEWEIGERD, geweigerd.regel(),
                    geweigerd.getMessage(), null, List.of(), Bedrag.NUL, Bedrag.NUL, instelling, List.of());
        }
        List<Toelichtingsregel> kostenregels = kostenregels(vraag, kosten);
        long kostenTotaal = kostenregels.stream().mapToLong(Toelichtingsregel::centen).sum();
        List<Melding> meldingen = new ArrayList<>(plafond.meldingen());
        long cumulatief = 0;
        String beslissend = null;
        for (Toelichtingsregel regel : plafond.regels()) {
            cumulatief += regel.centen();
            if (cumulatief >= kostenTotaal) {
                beslissend = regel.regel();
                break;
            }
        }
        long marge = plafond.totaalCenten() - kostenTotaal;
        Bedrag kostenBedrag = Bedrag.centen(kostenTotaal);
        if (beslissend != null) {
            String toelichting = "Kosten thuis " + kostenBedrag.formatteer() + " passen binnen het plafond "
                    + plafond.totaal().formatteer() + " (marge " + Euro.tekst(marge)
                    + "); beslissend: RULES " + beslissend + ".";
            return new Doelmatigheidstoets(Doelmatigheidstoets.Uitkomst.DOELMATIG, beslissend, toelichting, plafond,
                    kostenregels, kostenBedrag, Bedrag.centen(marge), instelling, meldingen);
        }
        if (vraag.verdeling().heeftPgb()) {
            // RULES L-04: no partial grant under current law
            meldingen.add(new Melding("L-04", "Een pgb wordt geheel toegekend of geweigerd; een gedeeltelijke "
                    + "toekenning is niet mogelijk."));
        }
        ektAdvies(vraag, plafond, kostenTotaal, meldingen);
        String toelichting = "Kosten thuis " + kostenBedrag.formatteer() + " overschrijden het plafond "
                + plafond.totaal().formatteer() + " met " + Euro.tekst(-marge)
                + " (doelmatigheidsnorm, RULES B-01).";
        return new Doelmatigheidstoets(Doelmatigheidstoets.Uitkomst.ONDOELMATIG, "B-01", toelichting, plafond,
                kostenregels, kostenBedrag, Bedrag.centen(marge), instelling, meldingen);
    }

    /**
     * What the same client would cost in an institution: verblijf without behandeling, every toeslag asked for
     * whose conditions hold there (instellingsgebonden ones included, RULES T-01, T-03) and meerzorg (M-03).
     */
    public Instellingsvergelijking instelling(Budgetvraag vraag) {
        int index = jaarIndex(vraag.peildatum().getYear());
        List<Toelichtingsregel> regels = new ArrayList<>();
        List<Melding> meldingen = new ArrayList<>();
        regels.add(verblijfRegels[index][vraag.profiel().ordinal()]);
        for (String code : vraag.toeslagen()) {
            Toeslag toeslag = tabel.toeslag(code, vraag.peildatum()).orElse(null);
            if (toeslag != null && voorwaardenVervuld(vraag, toeslag, meldingen)) {
                regels.add(toeslagInstelling.get(index).get(code));
            }
        }
        MeerzorgToekenning meerzorg = vraag.meerzorg();
        if (meerzorg != null && meerzorgMogelijk(vraag.profiel(), meerzorg) && meerzorg.jaarbedrag().inCenten() > 0) {
            regels.add(meerzorgRegel(vraag, meerzorg));
        }
        return new Instellingsvergelijking(regels, meldingen);
    }

    private long toeslagenThuis(Budgetvraag vraag, int index, List<Toelichtingsregel> regels, List<Melding> meldingen) {
        long som = 0;
        for (String code : vraag.toeslagen()) {
            Toeslag toeslag = tabel.toeslag(code, vraag.peildatum()).orElse(null);
            if (toeslag == null) {
                // RULES B-03: a toeslag exists only as data with its validity period
                meldingen.add(new Melding("B-03", "Toeslag " + code + " bestaat niet op " + vraag.peildatum() + "."));
                continue;
            }
            if (vraag.regelset() == Regelset.HUIDIG) {
                meldingen.add(new Melding("B-01", "Regelset huidig: toeslag " + toeslag.naam()
                        + " telt niet mee in een budget thuis."));
                continue;
            }
            if (!voorwaardenVervuld(vraag, toeslag, meldingen)) {
                continue;
            }
            // RULES B-02: never the instellingsgebonden toeslagen nor those for gebruikelijke zorg
            if (toeslag.instellingsgebonden()) {
                meldingen.add(new Melding("B-02", "Toeslag " + toeslag.naam()
                        + " is gebonden aan verblijf in een instelling en telt thuis niet mee."));
                continue;
            }
            if (toeslag.gebruikelijkeZorg()) {
                meldingen.add(new Melding("B-02", "Toeslag " + toeslag.naam()
                        + " is voor gebruikelijke zorg en telt thuis niet mee."));
                continue;
            }
            boolean alleenMpt = vraag.toeslagenAlleenZorgInNatura() || !toeslag.pgbToegestaan();
            if (alleenMpt && !vraag.verdeling().heeftMpt()) {
                meldingen.add(new Melding(toeslag.pgbToegestaan() ? "B-02" : "B-03", "Toeslag " + toeslag.naam()
                        + " telt alleen bij zorg in natura (mpt), niet bij een pgb."));
                continue;
            }
            Toelichtingsregel regel = (alleenMpt ? toeslagAlleenMpt : toeslagThuis).get(index).get(code);
            regels.add(regel);
            som += regel.centen();
        }
        return som;
    }

    /** RULES T-02, T-03: the toeslag's own conditions on profile and age. */
    private static boolean voorwaardenVervuld(Budgetvraag vraag, Toeslag toeslag, List<Melding> meldingen) {
        if (!toeslag.geldtVoorProfiel(vraag.profiel())) {
            meldingen.add(new Melding("T-02", "Toeslag " + toeslag.naam() + ": voorwaarde niet vervuld ("
                    + toeslag.voorwaarde() + ")."));
            return false;
        }
        if (toeslag.leeftijdTot() != null) {
            int leeftijd = vraag.leeftijd();
            if (leeftijd < 0 || leeftijd >= toeslag.leeftijdTot()) {
                meldingen.add(new Melding("T-03", "Toeslag " + toeslag.naam() + ": de cliënt moet jonger zijn dan "
                        + toeslag.leeftijdTot() + (leeftijd < 0 ? " (geboortedatum onbekend)." : " (is " + leeftijd + ").")));
                return false;
            }
        }
        return true;
    }

    private Toelichtingsregel meerzorg(Budgetvraag vraag, List<Melding> meldingen) {
        MeerzorgToekenning meerzorg = vraag.meerzorg();
        if (meerzorg == null) {
            return null;
        }
        if (!meerzorgMogelijk(vraag.profiel(), meerzorg)) {
            meldingen.add(new Melding("M-01", "Zorgprofiel " + vraag.profiel().label() + " geeft geen toegang tot "
                    + "meerzorg (Rlz 2.2 lid 1), en er is geen CIZ-signaal (RULES I-04)."));
            return null;
        }
        return meerzorg.jaarbedrag().inCenten() == 0 ? null : meerzorgRegel(vraag, meerzorg);
    }

    private static boolean meerzorgMogelijk(Zorgprofiel profiel, MeerzorgToekenning meerzorg) {
        return meerzorgMogelijk(profiel, meerzorg.viaCizSignaal());
    }

    static boolean meerzorgMogelijk(Zorgprofiel profiel, boolean viaCizSignaal) {
        return viaCizSignaal || MEERZORG_PROFIELEN.contains(profiel);
    }

    private static Toelichtingsregel meerzorgRegel(Budgetvraag vraag, MeerzorgToekenning meerzorg) {
        // RULES M-03: all leveringsvormen; B-05: per client, never pooled
        return new Toelichtingsregel("M-03", "Meerzorg (per cliënt, RULES B-05)",
                "toegekende meerzorg " + Euro.tekst(meerzorg.jaarbedrag().inCenten()) + " per jaar"
                        + (meerzorg.viaCizSignaal() ? " via CIZ-signaal (RULES I-04)" : ""),
                vraag.peildatum().getYear(), "meerzorgtoekenning (regelingen)", meerzorg.jaarbedrag().inCenten(),
                Toerekening.NAAR_VERDELING);
    }

    private Toelichtingsregel pab(Budgetvraag vraag, long pgbZonderPab, List<Melding> meldingen) {
        PabAanvraag pab = vraag.pab();
        if (pab == null) {
            return null;
        }
        // RULES P-01: LG5, LG6, LG7, VV7, VV8; pgb only
        if (!vraag.verdeling().heeftPgb()) {
            meldingen.add(new Melding("P-01", "Een pab kan alleen bij een pgb."));
            return null;
        }
        if (!PAB_PROFIELEN.contains(vraag.profiel())) {
            meldingen.add(new Melding("P-01", "Zorgprofiel " + vraag.profiel().label()
                    + " geeft geen toegang tot een pab (alleen LG5, LG6, LG7, VV7, VV8)."));
            return null;
        }
        // RULES P-02: 18 or older
        int leeftijd = vraag.leeftijd();
        if (leeftijd < 18) {
            meldingen.add(new Melding("P-02", leeftijd < 0 ? "Voor een pab is de geboortedatum nodig (18 jaar of ouder)."
                    : "Een pab is er vanaf 18 jaar; de cliënt is " + leeftijd + "."));
            return null;
        }
        // RULES P-04: the raised pgb is at most the year's maximum
        Tariefparameter maximum = tabel.parameter(Tariefparameter.Soort.PAB_MAXIMUM, vraag.peildatum());
        long maximumCenten = maximum.waarde().movePointRight(2).longValueExact();
        long gewenst = pab.gewenstPgb().inCenten();
        if (gewenst > maximumCenten) {
            meldingen.add(new Melding("P-04", "Het gewenste pgb met pab " + Euro.tekst(pab.gewenstPgb().inCenten())
                    + " is begrensd op het maximum " + Euro.tekst(maximumCenten) + "."));
            gewenst = maximumCenten;
        }
        long verhoging = gewenst - pgbZonderPab;
        if (verhoging <= 0) {
            meldingen.add(new Melding("P-04", "Het pgb is zonder pab al " + Euro.tekst(pgbZonderPab)
                    + "; de pab voegt niets toe."));
            return null;
        }
        return new Toelichtingsregel("P-04", "Persoonlijk assistentiebudget: pgb opgehoogd tot "
                + Euro.tekst(gewenst),
                "pab-maximum " + maximum.geldigheid().begin().getYear() + " " + Euro.tekst(maximumCenten)
                        + "; opgehoogd pgb " + Euro.tekst(gewenst) + " − pgb zonder pab "
                        + Euro.tekst(pgbZonderPab),
                vraag.peildatum().getYear(), maximum.bron(), verhoging, Toerekening.PGB);
    }

    private Toelichtingsregel ekt(Budgetvraag vraag, long plafond, long toeslagen, boolean metMeerzorgOfPab,
                                  List<Melding> meldingen) {
        EktAanvraag ekt = vraag.ekt();
        if (ekt == null) {
            return null;
        }
        // RULES E-05: not with meerzorg or pab
        if (metMeerzorgOfPab) {
            meldingen.add(new Melding("E-05", "Extra kosten thuis gaat niet samen met meerzorg of een pab."));
            return null;
        }
        // RULES E-03: before 1 July 2018 only four target groups
        if (vraag.peildatum().isBefore(EKT_VOOR_IEDEREEN_VANAF)
                && !inEktDoelgroepTot2018(vraag.profiel(), vraag.leeftijd(), ekt.doelgroep())) {
            meldingen.add(new Melding("E-03", "Tot 1 juli 2018 is ekt er alleen voor jongeren onder 23, ouders van een "
                    + "minderjarig kind, wie thuis werkt of studeert zonder verstandelijke, psychiatrische of "
                    + "psychogeriatrische beperking, en palliatief-terminale zorg (VV10)."));
            return null;
        }
        // RULES E-02, B-04: at most the percentage of the pgb-plafond without toeslagen (switchable base)
        Tariefparameter percentage = tabel.parameter(Tariefparameter.Soort.EKT_PERCENTAGE, vraag.peildatum());
        long grondslag = vraag.ektGrondslag() == EktGrondslag.PLAFOND_MET_TOESLAGEN ? plafond + toeslagen : plafond;
        long maximum = Tariefbedragen.percentageCenten(grondslag, percentage.waarde());
        long gevraagd = ekt.bedrag() == null ? maximum : ekt.bedrag().inCenten();
        boolean palliatief = vraag.profiel() == Zorgprofiel.VV10 && ekt.doelgroep() == EktDoelgroep.PALLIATIEF_TERMINAAL;
        String procent = percentage.waarde().stripTrailingZeros().toPlainString() + "%";
        String tariefregel = "ekt-percentage " + procent + " (geldig vanaf " + percentage.geldigheid().begin() + ") van "
                + (vraag.ektGrondslag() == EktGrondslag.PLAFOND_MET_TOESLAGEN ? "plafond met toeslagen " : "plafond ")
                + Euro.tekst(grondslag) + " = hoogstens " + Euro.tekst(maximum);
        if (gevraagd > maximum) {
            if (palliatief && ekt.bevestigdDoorBeoordelaar()) {
                // RULES E-04: palliatief-terminaal "as far as needed", confirmed by a BEOORDELAAR
                return new Toelichtingsregel("E-04", "Extra kosten thuis palliatief-terminaal (VV10) naar behoefte, "
                        + "bevestigd door een beoordelaar", tariefregel + "; boven het maximum bevestigd",
                        vraag.peildatum().getYear(), percentage.bron() + "; seed 000 L3589-3599", gevraagd,
                        Toerekening.NAAR_VERDELING);
            }
            meldingen.add(palliatief
                    ? new Melding("E-04", "Ekt boven " + procent + " voor palliatief-terminale zorg vraagt de "
                    + "uitdrukkelijke bevestiging van een beoordelaar; begrensd op " + Euro.tekst(maximum) + ".")
                    : new Melding("E-02", "Ekt is hoogstens " + procent + " van het plafond; begrensd op "
                    + Euro.tekst(maximum) + "."));
            gevraagd = maximum;
        }
        return new Toelichtingsregel("E-02", "Extra kosten thuis (hoogstens " + procent + ")", tariefregel,
                vraag.peildatum().getYear(), percentage.bron(), gevraagd, Toerekening.NAAR_VERDELING);
    }

    /** RULES E-03 groups (a)-(c) and VV10, valid until 30 June 2018. */
    static boolean inEktDoelgroepTot2018(Zorgprofiel profiel, int leeftijd, EktDoelgroep doelgroep) {
        return switch (doelgroep) {
            case JONGER_DAN_23 -> leeftijd >= 0 && leeftijd < 23;
            case OUDER_VAN_MINDERJARIG_KIND -> true;
            // somatic or physical/sensory, without verstandelijke handicap, psychiatric or psychogeriatric condition
            case WERKT_OF_STUDEERT_THUIS -> switch (profiel.groep()) {
                case LG, ZGVIS, ZGAUD -> true;
                case VV -> profiel != Zorgprofiel.VV5 && profiel != Zorgprofiel.VV7;
                default -> false;
            };
            case PALLIATIEF_TERMINAAL -> profiel == Zorgprofiel.VV10;
            case GEEN -> false;
        };
    }

    /** RULES E-06: before refusing care at home as ondoelmatig, see whether ekt would avoid the refusal. */
    private void ektAdvies(Budgetvraag vraag, Budgetplafond plafond, long kosten, List<Melding> meldingen) {
        if (vraag.ekt() != null || vraag.meerzorg() != null || vraag.pab() != null
                || vraag.peildatum().isBefore(EKT_VOOR_IEDEREEN_VANAF)) {
            return;
        }
        Tariefparameter percentage = tabel.parameter(Tariefparameter.Soort.EKT_PERCENTAGE, vraag.peildatum());
        long maximum = Tariefbedragen.percentageCenten(plafond.regels().get(0).centen(), percentage.waarde());
        if (kosten <= plafond.totaalCenten() + maximum) {
            meldingen.add(new Melding("E-06", "Beoordeel eerst extra kosten thuis: met een verhoging van "
                    + Bedrag.centen(kosten - plafond.totaalCenten()).formatteer() + " (hoogstens "
                    + Euro.tekst(maximum) + ") is de zorg thuis doelmatig."));
        }
    }

    private List<Toelichtingsregel> kostenregels(Budgetvraag vraag, Thuiskosten kosten) {
        int jaar = vraag.peildatum().getYear();
        List<Toelichtingsregel> regels = new ArrayList<>();
        if (kosten.pgbPerJaar().inCenten() > 0) {
            if (!vraag.verdeling().heeftPgb()) {
                throw new IllegalArgumentException("Er is een pgb gevraagd, maar de verdeling heeft geen pgb-deel");
            }
            regels.add(new Toelichtingsregel("B-01", "Gevraagd pgb per jaar", "aanvraag " + kosten.pgbPerJaar().formatteer(),
                    jaar, "aanvraag", kosten.pgbPerJaar().inCenten(), Toerekening.PGB));
        }
        if (!kosten.mptPakket().isEmpty() && !vraag.verdeling().heeftMpt()) {
            throw new IllegalArgumentException("Er is een mpt-pakket opgegeven, maar de verdeling heeft geen mpt-deel");
        }
        int dagen = Tariefjaar.dagen(jaar);
        for (MptRegel mpt : kosten.mptPakket()) {
            MptModule module = tabel.mptModule(mpt.moduleCode(), jaar);
            long centen = Tariefbedragen.weekNaarJaarCenten(module.tarief(), mpt.eenhedenPerWeek(), dagen);
            String per = module.eenheid().name().toLowerCase(java.util.Locale.ROOT);
            regels.add(new Toelichtingsregel("B-01", "Mpt-module " + module.code() + " " + module.omschrijving() + ": "
                    + mpt.eenhedenPerWeek().stripTrailingZeros().toPlainString() + " per week",
                    "mpt-module " + jaar + " " + module.code() + " " + module.tariefBedrag().formatteer() + " per " + per
                            + " × " + mpt.eenhedenPerWeek().stripTrailingZeros().toPlainString() + " per week × "
                            + dagen + "/7 dagen", jaar, module.bron(), centen, Toerekening.MPT));
        }
        return regels;
    }

    private static long pgbDeel(Leveringsverdeling verdeling, List<Toelichtingsregel> regels) {
        long pgb = 0;
        for (Toelichtingsregel regel : regels) {
            pgb += switch (regel.toerekening()) {
                case PGB -> regel.centen();
                case MPT -> 0;
                case NAAR_VERDELING -> verdeling.pgbDeel(regel.centen());
            };
        }
        return pgb;
    }

    /** The pgb-plafond line's amount: the same cents {@link Plafondbulk} starts from. */
    long plafondCenten(int jaarIndex, Zorgprofiel profiel) {
        return plafondRegels[jaarIndex][profiel.ordinal()].centen();
    }

    /** The amount of a toeslag's line at home (both variants, any leveringsvorm, carry the same cents). */
    long toeslagCenten(int jaarIndex, String code) {
        return toeslagThuis.get(jaarIndex).get(code).centen();
    }

    int jaarIndex(int jaar) {
        int index = jaar - eersteJaar;
        if (index < 0 || index >= plafondRegels.length || plafondRegels[index] == null) {
            throw new GeenTarief("Geen tarieftabel voor " + jaar + " (geladen: " + eersteJaar + "-"
                    + tabel.laatsteJaar() + ")");
        }
        return index;
    }

    private Toelichtingsregel plafondRegel(Zorgprofiel profiel, int jaar) {
        Profieltarief tarief = tabel.profieltarief(profiel, jaar);
        return new Toelichtingsregel("B-01", "Pgb-plafond " + profiel.label() + " (doelmatigheidsnorm, zonder toeslagen)",
                "profieltarief " + jaar + " " + profiel.label() + " (tariefversie " + tabel.versie(jaar)
                        + "): vpt excl. behandeling " + new Bedrag(tarief.vptExclBh()).formatteer() + " × "
                        + Tariefjaar.dagen(jaar) + " dagen × " + procent(tarief.pgbPercentage()),
                jaar, tarief.bron(), tabel.pgbPlafondCenten(profiel, jaar), Toerekening.NAAR_VERDELING);
    }

    private Toelichtingsregel verblijfRegel(Zorgprofiel profiel, int jaar) {
        Profieltarief tarief = tabel.profieltarief(profiel, jaar);
        return new Toelichtingsregel("B-01", "Verblijf zonder behandeling in een instelling, " + profiel.label(),
                "profieltarief " + jaar + " " + profiel.label() + " (tariefversie " + tabel.versie(jaar)
                        + "): verblijf excl. behandeling " + new Bedrag(tarief.verblijfExclBh()).formatteer() + " × "
                        + Tariefjaar.dagen(jaar) + " dagen",
                jaar, tarief.bron(), Tariefbedragen.jaarbedragCenten(tarief.verblijfExclBh(), Tariefjaar.dagen(jaar),
                        HONDERD), Toerekening.NAAR_VERDELING);
    }

    private Toelichtingsregel toeslagRegel(Toeslag toeslag, String regel, Toerekening toerekening) {
        return new Toelichtingsregel(regel, "Toeslag " + toeslag.naam(),
                "toeslag " + toeslag.jaar() + " " + toeslag.code() + " (tariefversie " + tabel.versie(toeslag.jaar())
                        + "): " + new Bedrag(toeslag.dagtarief()).formatteer() + " × " + Tariefjaar.dagen(toeslag.jaar())
                        + " dagen", toeslag.jaar(), toeslag.bron(),
                Tariefbedragen.jaarbedragCenten(toeslag.dagtarief(), Tariefjaar.dagen(toeslag.jaar()), HONDERD),
                toerekening);
    }

    @SuppressWarnings("unchecked") // generic arrays: filled only with List<Toelichtingsregel>
    private static List<Toelichtingsregel>[][] nieuweLijstTabel(int jaren) {
        return new List[jaren][];
    }

    @SuppressWarnings("unchecked")
    private static List<Toelichtingsregel>[] nieuweLijstRij() {
        return new List[Zorgprofiel.values().length];
    }

    private static String procent(BigDecimal waarde) {
        return waarde.stripTrailingZeros().toPlainString() + "%";
    }
}
