package nl.zorgkantoor.wlz.budget.domain.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetrekenaar;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktGrondslag;
import nl.zorgkantoor.wlz.budget.domain.berekening.Plafondbulk;
import nl.zorgkantoor.wlz.budget.domain.berekening.Regelset;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The scenario simulator (RULES B-07, "what no zorgkantoor system has"): the same population under the rule sets
 * {@code huidig} (RULES B-01: no toeslagen at home) and {@code advies} (RULES B-02), through the bulk path of the
 * engine, so a national population of 450,000 takes seconds. Clients come in one at a time and are computed in
 * blocks of fixed size: memory does not grow with the population, only the aggregates per profile stay.
 *
 * <p>A client fails the doelmatigheidstoets under a rule set when the yearly cost at home exceeds that rule set's
 * ceiling (RULES B-01; the ceiling already holds the client's granted ekt, pab and meerzorg). The test is per
 * client, never on the population's average: a pgb cannot average costs over clients as an institution does
 * (RULES B-06), so the totals are reported beside the per-client counts, not instead of them. A client who cannot
 * have the budget at all (RULES L-03) counts as refused, in neither total.
 */
public final class Scenariosimulatie {

    private static final int PROFIELEN = Zorgprofiel.values().length;

    private final LocalDate peildatum;
    private final Plafondbulk huidig;
    private final Plafondbulk advies;
    private final Plafondbulk.Cohort cohortHuidig;
    private final Plafondbulk.Cohort cohortAdvies;
    private final long[] kosten;
    private final byte[] profielVan;
    private final long[] uitHuidig;
    private final long[] uitAdvies;

    private final long[] aantal = new long[PROFIELEN];
    private final long[] totaalHuidig = new long[PROFIELEN];
    private final long[] totaalAdvies = new long[PROFIELEN];
    private final long[] winnaars = new long[PROFIELEN];
    private final long[] ondoelmatigHuidig = new long[PROFIELEN];
    private final long[] ondoelmatigAdvies = new long[PROFIELEN];
    private final long[] winstVerdeling = new long[Scenarioresultaat.WINSTGRENZEN_EURO.length + 1];
    private long winstTotaal;
    private long winstMaximum;
    private long geweigerd;

    /**
     * @param alleenZorgInNatura the B-02 switch for the advies rule set (toeslagen only with mpt)
     * @param blok               clients per block (memory: about 60 bytes per client of the block)
     */
    public Scenariosimulatie(Budgetrekenaar rekenaar, LocalDate peildatum, boolean alleenZorgInNatura,
                             EktGrondslag ektGrondslag, int blok) {
        if (blok < 1) {
            throw new IllegalArgumentException("Blokgrootte moet positief zijn");
        }
        this.peildatum = peildatum;
        huidig = new Plafondbulk(rekenaar, peildatum, Regelset.HUIDIG, alleenZorgInNatura, ektGrondslag);
        advies = new Plafondbulk(rekenaar, peildatum, Regelset.ADVIES, alleenZorgInNatura, ektGrondslag);
        cohortHuidig = huidig.cohort(blok);
        cohortAdvies = advies.cohort(blok);
        kosten = new long[blok];
        profielVan = new byte[blok];
        uitHuidig = new long[blok];
        uitAdvies = new long[blok];
    }

    public Scenariosimulatie(Budgetrekenaar rekenaar, LocalDate peildatum) {
        this(rekenaar, peildatum, false, EktGrondslag.PLAFOND_ZONDER_TOESLAGEN, 20_000);
    }

    public void voeg(Scenarioclient client) {
        int i = cohortHuidig.aantal();
        cohortHuidig.voeg(client.profiel(), client.verdeling(), client.toeslagen(), client.geboortedatum(),
                client.ekt(), client.pab(), client.meerzorg());
        cohortAdvies.voeg(client.profiel(), client.verdeling(), client.toeslagen(), client.geboortedatum(),
                client.ekt(), client.pab(), client.meerzorg());
        kosten[i] = client.kostenCenten();
        profielVan[i] = (byte) client.profiel().ordinal();
        if (cohortHuidig.aantal() == cohortHuidig.capaciteit()) {
            verwerkBlok();
        }
    }

    private void verwerkBlok() {
        int n = cohortHuidig.aantal();
        huidig.plafonds(cohortHuidig, uitHuidig);
        advies.plafonds(cohortAdvies, uitAdvies);
        for (int i = 0; i < n; i++) {
            long h = uitHuidig[i];
            long a = uitAdvies[i];
            if (h == Plafondbulk.GEWEIGERD || a == Plafondbulk.GEWEIGERD) {
                geweigerd++;
                continue;
            }
            int p = profielVan[i];
            aantal[p]++;
            totaalHuidig[p] += h;
            totaalAdvies[p] += a;
            // RULES B-01: the cost at home against the ceiling of each rule set
            if (kosten[i] > h) {
                ondoelmatigHuidig[p]++;
            }
            if (kosten[i] > a) {
                ondoelmatigAdvies[p]++;
            }
            long winst = a - h;
            if (winst > 0) {
                winnaars[p]++;
                winstTotaal += winst;
                winstMaximum = Math.max(winstMaximum, winst);
                winstVerdeling[band(winst)]++;
            }
        }
        cohortHuidig.leeg();
        cohortAdvies.leeg();
    }

    private static int band(long winstCenten) {
        long[] grenzen = Scenarioresultaat.WINSTGRENZEN_EURO;
        for (int b = 0; b < grenzen.length; b++) {
            if (winstCenten <= grenzen[b] * 100) {
                return b;
            }
        }
        return grenzen.length;
    }

    /**
     * The result so far (the last, partial block included).
     *
     * @param kaderCenten the budgettair kader; null = the total under huidig (budget neutrality against today)
     */
    public Scenarioresultaat resultaat(String gebied, Long kaderCenten) {
        if (cohortHuidig.aantal() > 0) {
            verwerkBlok();
        }
        List<Scenarioresultaat.Groep> perProfiel = new ArrayList<>();
        long[][] sector = new long[Sector.values().length][6];
        long som = 0;
        long somHuidig = 0;
        long somAdvies = 0;
        long somWinnaars = 0;
        long somOndoelmatigHuidig = 0;
        long somOndoelmatigAdvies = 0;
        for (Zorgprofiel profiel : Zorgprofiel.values()) {
            int p = profiel.ordinal();
            if (aantal[p] == 0) {
                continue;
            }
            perProfiel.add(new Scenarioresultaat.Groep(profiel.label(), aantal[p], totaalHuidig[p], totaalAdvies[p],
                    winnaars[p], ondoelmatigHuidig[p], ondoelmatigAdvies[p]));
            long[] s = sector[profiel.groep().sector().ordinal()];
            s[0] += aantal[p];
            s[1] += totaalHuidig[p];
            s[2] += totaalAdvies[p];
            s[3] += winnaars[p];
            s[4] += ondoelmatigHuidig[p];
            s[5] += ondoelmatigAdvies[p];
            som += aantal[p];
            somHuidig += totaalHuidig[p];
            somAdvies += totaalAdvies[p];
            somWinnaars += winnaars[p];
            somOndoelmatigHuidig += ondoelmatigHuidig[p];
            somOndoelmatigAdvies += ondoelmatigAdvies[p];
        }
        List<Scenarioresultaat.Groep> perSector = new ArrayList<>();
        for (Sector groep : Sector.values()) {
            long[] s = sector[groep.ordinal()];
            if (s[0] > 0) {
                perSector.add(new Scenarioresultaat.Groep(groep.name(), s[0], s[1], s[2], s[3], s[4], s[5]));
            }
        }
        return new Scenarioresultaat(gebied, peildatum, som, somHuidig, somAdvies,
                kaderCenten == null ? somHuidig : kaderCenten, perSector, perProfiel, somWinnaars, winstTotaal,
                winstMaximum, winstVerdeling.clone(), somOndoelmatigHuidig, somOndoelmatigAdvies, geweigerd);
    }
}
