package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbedragen;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefparameter;
import nl.zorgkantoor.wlz.budget.domain.tarief.Toeslag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Ceiling totals for a whole population at once, without explanation lines: for the signal run, the scenario
 * simulator (RULES B-07) and anything else that needs 450,000 totals rather than one explanation.
 *
 * <p>One instance is compiled for one scenario (reference date, rule set, the B-02 switch "toeslagen only with zorg
 * in natura" and the B-04 ekt base): everything that depends only on profile and leveringsvorm is decided here once —
 * the pgb-plafond in cents, which toeslagen count (a bit mask per profile and leveringsvorm), the L-03 refusal — so
 * the loop over the clients reads a few primitive arrays and adds longs. Clients with ekt, pab or meerzorg take a
 * second, still allocation-free path that applies E-02..E-05, P-01..P-04 and M-01/M-03 in the same order as
 * {@link Budgetrekenaar#plafond}. The totals are the engine's totals to the cent (property test
 * {@code PlafondbulkEigenschappen}); the explanation of any one client stays available through the engine.
 */
public final class Plafondbulk {

    /** The total of a client that cannot get a budget of this kind at all (RULES L-03: 5GGZ-W with a pgb). */
    public static final long GEWEIGERD = -1;

    static final int VORM_MPT = 0;
    static final int VORM_PGB = 1;
    static final int VORM_GEMENGD = 2;
    private static final int PROFIELEN = Zorgprofiel.values().length;

    private static final byte EKT = 1;
    private static final byte PAB = 2;
    private static final byte MEERZORG = 4;
    private static final byte MEERZORG_VIA_CIZ = 8;

    private final Budgetrekenaar rekenaar;
    private final LocalDate peildatum;
    private final Regelset regelset;
    private final boolean toeslagenAlleenZorgInNatura;
    private final EktGrondslag ektGrondslag;

    /** Bit i of a client's toeslag mask = toeslag {@code codes.get(i)} of the reference year. */
    private final Map<String, Integer> bit = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final long[] toeslagCenten;
    private final int[] leeftijdTot;
    /** Toeslagen with an age condition (RULES T-03): the only ones that need the client's age. */
    private final int leeftijdMasker;
    /** Toeslagen that count only for the mpt part (B-02 switch, or not allowed in a pgb): pab needs the pgb part. */
    private final int alleenMptMasker;
    /** Per {@code vorm * PROFIELEN + profiel}: the toeslagen that count at home, age aside (B-02, B-03, T-02). */
    private final int[] telt = new int[3 * PROFIELEN];
    /** Per {@code vorm * PROFIELEN + profiel}: the pgb-plafond in cents, or {@link #GEWEIGERD} (RULES B-01, L-03). */
    private final long[] basis = new long[3 * PROFIELEN];

    // parameters fetched on first use, as the engine does: a table without pab maximum serves clients without pab
    private Tariefparameter ektPercentage;
    private long ektBasispunten = -1;
    private long pabMaximumCenten = -1;

    public Plafondbulk(Budgetrekenaar rekenaar, LocalDate peildatum, Regelset regelset,
                       boolean toeslagenAlleenZorgInNatura, EktGrondslag ektGrondslag) {
        this.rekenaar = rekenaar;
        this.peildatum = peildatum;
        this.regelset = regelset;
        this.toeslagenAlleenZorgInNatura = toeslagenAlleenZorgInNatura;
        this.ektGrondslag = ektGrondslag;
        int jaarIndex = rekenaar.jaarIndex(peildatum.getYear());
        List<Toeslag> geldig = new ArrayList<>();
        for (Toeslag toeslag : rekenaar.tabel().toeslagen(peildatum.getYear())) {
            // RULES B-03: only a toeslag that exists on the reference date can count
            if (toeslag.geldigheid().bevat(peildatum)) {
                geldig.add(toeslag);
            }
        }
        geldig.sort((a, b) -> a.code().compareTo(b.code()));
        if (geldig.size() > Integer.SIZE) {
            throw new IllegalStateException("Meer dan " + Integer.SIZE + " toeslagen in " + peildatum.getYear());
        }
        toeslagCenten = new long[geldig.size()];
        leeftijdTot = new int[geldig.size()];
        int leeftijd = 0;
        int alleenMpt = 0;
        for (int i = 0; i < geldig.size(); i++) {
            Toeslag toeslag = geldig.get(i);
            bit.put(toeslag.code(), i);
            codes.add(toeslag.code());
            toeslagCenten[i] = rekenaar.toeslagCenten(jaarIndex, toeslag.code());
            leeftijdTot[i] = toeslag.leeftijdTot() == null ? Integer.MAX_VALUE : toeslag.leeftijdTot();
            if (toeslag.leeftijdTot() != null) {
                leeftijd |= 1 << i;
            }
            if (toeslagenAlleenZorgInNatura || !toeslag.pgbToegestaan()) {
                alleenMpt |= 1 << i;
            }
        }
        leeftijdMasker = leeftijd;
        alleenMptMasker = alleenMpt;
        for (Zorgprofiel profiel : Zorgprofiel.values()) {
            long plafond = rekenaar.plafondCenten(jaarIndex, profiel);
            for (int vorm = 0; vorm < 3; vorm++) {
                boolean heeftPgb = vorm != VORM_MPT;
                boolean heeftMpt = vorm != VORM_PGB;
                int cel = vorm * PROFIELEN + profiel.ordinal();
                // RULES L-03: 5GGZ-W gives no right to a pgb (004 L668-670)
                basis[cel] = profiel == Zorgprofiel.GGZ5W && heeftPgb ? GEWEIGERD : plafond;
                int masker = 0;
                for (int i = 0; i < geldig.size(); i++) {
                    Toeslag toeslag = geldig.get(i);
                    // RULES B-01 (huidig: none), B-02 (advies: not instellingsgebonden nor gebruikelijke zorg,
                    // mpt-only ones need an mpt part), T-02 (the toeslag's profiles)
                    boolean teltMee = regelset == Regelset.ADVIES && toeslag.geldtVoorProfiel(profiel)
                            && toeslag.teltThuis() && ((alleenMpt & (1 << i)) == 0 || heeftMpt);
                    if (teltMee) {
                        masker |= 1 << i;
                    }
                }
                telt[cel] = masker;
            }
        }
    }

    public LocalDate peildatum() {
        return peildatum;
    }

    public Regelset regelset() {
        return regelset;
    }

    /** An empty population for this scenario with room for {@code capaciteit} clients. */
    public Cohort cohort(int capaciteit) {
        return new Cohort(capaciteit);
    }

    /** The total of every client of the cohort, in cents, in the order they were added; GEWEIGERD for L-03. */
    public long[] plafonds(Cohort cohort) {
        long[] uit = new long[cohort.aantal];
        plafonds(cohort, uit);
        return uit;
    }

    /** As {@link #plafonds(Cohort)}, into an array the caller reuses. */
    public void plafonds(Cohort cohort, long[] uit) {
        if (cohort.bulk() != this) {
            throw new IllegalArgumentException("Het cohort hoort bij een ander scenario");
        }
        final byte[] profiel = cohort.profiel;
        final byte[] vorm = cohort.vorm;
        final int[] toeslagen = cohort.toeslagen;
        final byte[] bijzonder = cohort.bijzonder;
        final long[] basis = this.basis;
        final int[] telt = this.telt;
        final long[] bedrag = this.toeslagCenten;
        for (int i = 0, n = cohort.aantal; i < n; i++) {
            int cel = vorm[i] * PROFIELEN + profiel[i];
            long plafond = basis[cel];
            if (plafond < 0) {
                uit[i] = GEWEIGERD;
                continue;
            }
            int masker = toeslagen[i] & telt[cel];
            long toeslagSom = 0;
            if (masker != 0) {
                if ((masker & leeftijdMasker) != 0) {
                    masker = leeftijdFilter(masker, cohort.leeftijd[i]);
                }
                while (masker != 0) {
                    toeslagSom += bedrag[Integer.numberOfTrailingZeros(masker)];
                    masker &= masker - 1;
                }
            }
            uit[i] = bijzonder[i] == 0 ? plafond + toeslagSom : metRegelingen(cohort, i, plafond, toeslagSom);
        }
    }

    /** The sum of the totals of all clients that can get a budget (GEWEIGERD ones left out). */
    public long som(Cohort cohort) {
        long som = 0;
        for (long plafond : plafonds(cohort)) {
            if (plafond > 0) {
                som += plafond;
            }
        }
        return som;
    }

    /** RULES T-03: an age-bound toeslag needs a known age below its limit. */
    private int leeftijdFilter(int masker, int leeftijd) {
        int rest = masker & leeftijdMasker;
        while (rest != 0) {
            int i = Integer.numberOfTrailingZeros(rest);
            if (leeftijd < 0 || leeftijd >= leeftijdTot[i]) {
                masker &= ~(1 << i);
            }
            rest &= rest - 1;
        }
        return masker;
    }

    /** Meerzorg, pab and ekt, in the engine's order, in cents. */
    private long metRegelingen(Cohort cohort, int i, long plafond, long toeslagSom) {
        Zorgprofiel profiel = Zorgprofiel.values()[cohort.profiel[i]];
        byte vlaggen = cohort.bijzonder[i];
        int leeftijd = cohort.leeftijd[i];
        // RULES M-01, M-03 (I-04: via the CIZ flag any profile)
        long meerzorg = 0;
        if ((vlaggen & MEERZORG) != 0
                && Budgetrekenaar.meerzorgMogelijk(profiel, (vlaggen & MEERZORG_VIA_CIZ) != 0)) {
            meerzorg = cohort.meerzorg[i];
        }
        // RULES P-01 (pgb, profiles), P-02 (18 or older), P-04 (capped at the year's maximum, raise over the pgb part)
        long pab = 0;
        if ((vlaggen & PAB) != 0 && cohort.vorm[i] != VORM_MPT && Budgetrekenaar.PAB_PROFIELEN.contains(profiel)
                && leeftijd >= 18) {
            long gewenst = Math.min(cohort.pabGewenst[i], pabMaximumCenten());
            pab = Math.max(0, gewenst - pgbDeel(cohort, i, plafond));
        }
        long ekt = 0;
        if ((vlaggen & EKT) != 0 && meerzorg == 0 && pab == 0) { // RULES E-05: not with meerzorg or pab
            EktDoelgroep doelgroep = EktDoelgroep.values()[cohort.ektDoelgroep[i] & 0x3f];
            // RULES E-03: before 1 July 2018 only the four target groups
            if (!peildatum.isBefore(Budgetrekenaar.EKT_VOOR_IEDEREEN_VANAF)
                    || Budgetrekenaar.inEktDoelgroepTot2018(profiel, leeftijd, doelgroep)) {
                // RULES E-02, B-04: at most the percentage of the plafond (with toeslagen if so switched)
                long grondslag = ektGrondslag == EktGrondslag.PLAFOND_MET_TOESLAGEN ? plafond + toeslagSom : plafond;
                long maximum = ektMaximum(grondslag);
                long gevraagd = cohort.ektBedrag[i] < 0 ? maximum : cohort.ektBedrag[i];
                boolean bevestigdPalliatief = profiel == Zorgprofiel.VV10
                        && doelgroep == EktDoelgroep.PALLIATIEF_TERMINAAL && (cohort.ektDoelgroep[i] & 0x40) != 0;
                // RULES E-04: only a confirmed palliatief-terminaal raise may exceed the maximum
                ekt = gevraagd > maximum && !bevestigdPalliatief ? maximum : gevraagd;
            }
        }
        return plafond + toeslagSom + meerzorg + pab + ekt;
    }

    /** RULES L-02: the pgb share, rounded per line exactly as {@link Leveringsverdeling#pgbDeel} does. */
    private long pgbDeel(Cohort cohort, int i, long plafond) {
        Leveringsverdeling verdeling = new Leveringsverdeling(cohort.pgbProcent[i]);
        long pgb = verdeling.pgbDeel(plafond);
        int cel = cohort.vorm[i] * PROFIELEN + cohort.profiel[i];
        int masker = cohort.toeslagen[i] & telt[cel];
        if ((masker & leeftijdMasker) != 0) {
            masker = leeftijdFilter(masker, cohort.leeftijd[i]);
        }
        masker &= ~alleenMptMasker;
        while (masker != 0) {
            pgb += verdeling.pgbDeel(toeslagCenten[Integer.numberOfTrailingZeros(masker)]);
            masker &= masker - 1;
        }
        return pgb;
    }

    private long ektMaximum(long grondslag) {
        if (ektPercentage == null) {
            ektPercentage = rekenaar.tabel().parameter(Tariefparameter.Soort.EKT_PERCENTAGE, peildatum);
            BigDecimal basispunten = ektPercentage.waarde().movePointRight(2);
            ektBasispunten = basispunten.stripTrailingZeros().scale() <= 0 ? basispunten.longValueExact() : -1;
        }
        if (ektBasispunten < 0) {
            return Tariefbedragen.percentageCenten(grondslag, ektPercentage.waarde());
        }
        // the same HALF_UP rounding as Tariefbedragen.percentageCenten, for a percentage with at most 2 decimals
        return (grondslag * ektBasispunten + 5_000) / 10_000;
    }

    private long pabMaximumCenten() {
        if (pabMaximumCenten < 0) {
            pabMaximumCenten = rekenaar.tabel().parameter(Tariefparameter.Soort.PAB_MAXIMUM, peildatum).waarde()
                    .movePointRight(2).longValueExact();
        }
        return pabMaximumCenten;
    }

    /**
     * The clients of one scenario as columns: what the loop reads for everyone (profile, leveringsvorm, toeslag
     * mask, age) in small arrays, the granted regelingen of the few who have one in arrays read only for them.
     */
    public final class Cohort {
        private final byte[] profiel;
        private final byte[] vorm;
        private final byte[] pgbProcent;
        private final int[] toeslagen;
        private final short[] leeftijd;
        private final byte[] bijzonder;
        private final long[] meerzorg;
        private final long[] pabGewenst;
        private final long[] ektBedrag;
        private final byte[] ektDoelgroep;
        private int aantal;

        private Cohort(int capaciteit) {
            profiel = new byte[capaciteit];
            vorm = new byte[capaciteit];
            pgbProcent = new byte[capaciteit];
            toeslagen = new int[capaciteit];
            leeftijd = new short[capaciteit];
            bijzonder = new byte[capaciteit];
            meerzorg = new long[capaciteit];
            pabGewenst = new long[capaciteit];
            ektBedrag = new long[capaciteit];
            ektDoelgroep = new byte[capaciteit];
        }

        private Plafondbulk bulk() {
            return Plafondbulk.this;
        }

        public int aantal() {
            return aantal;
        }

        public int capaciteit() {
            return profiel.length;
        }

        /** Empties the cohort to fill it again (a population streamed in blocks of fixed size). */
        public void leeg() {
            java.util.Arrays.fill(bijzonder, 0, aantal, (byte) 0);
            aantal = 0;
        }

        /**
         * Adds a question of this scenario; its reference date, rule set, B-02 switch and ekt base must be the
         * scenario's, so the bulk total equals {@code rekenaar.plafond(vraag).totaalCenten()}.
         */
        public int voeg(Budgetvraag vraag) {
            if (!vraag.peildatum().equals(peildatum) || vraag.regelset() != regelset
                    || vraag.toeslagenAlleenZorgInNatura() != toeslagenAlleenZorgInNatura
                    || vraag.ektGrondslag() != ektGrondslag) {
                throw new IllegalArgumentException("De vraag hoort niet bij dit scenario (" + peildatum + ", "
                        + regelset.code() + "): " + vraag);
            }
            return voeg(vraag.profiel(), vraag.verdeling(), vraag.toeslagen(), vraag.geboortedatum(), vraag.ekt(),
                    vraag.pab(), vraag.meerzorg());
        }

        /** Adds one client; toeslag codes that do not exist on the reference date count nothing (RULES B-03). */
        public int voeg(Zorgprofiel zorgprofiel, Leveringsverdeling verdeling, Collection<String> toeslagCodes,
                        LocalDate geboortedatum, EktAanvraag ekt, PabAanvraag pab, MeerzorgToekenning toekenning) {
            int i = aantal;
            if (i == profiel.length) {
                throw new IllegalStateException("Het cohort is vol (" + profiel.length + " cliënten)");
            }
            if (geboortedatum != null && geboortedatum.isAfter(peildatum)) {
                throw new IllegalArgumentException("Geboortedatum " + geboortedatum + " ligt na de peildatum "
                        + peildatum);
            }
            int masker = 0;
            for (String code : toeslagCodes) {
                Integer b = bit.get(code);
                if (b != null) {
                    masker |= 1 << b;
                }
            }
            profiel[i] = (byte) zorgprofiel.ordinal();
            pgbProcent[i] = (byte) verdeling.pgbProcent();
            vorm[i] = (byte) (verdeling.isGemengd() ? VORM_GEMENGD : verdeling.heeftPgb() ? VORM_PGB : VORM_MPT);
            toeslagen[i] = masker;
            leeftijd[i] = (short) (geboortedatum == null ? -1
                    : Math.min(Short.MAX_VALUE, Period.between(geboortedatum, peildatum).getYears()));
            byte vlaggen = 0;
            if (toekenning != null) {
                vlaggen |= MEERZORG;
                if (toekenning.viaCizSignaal()) {
                    vlaggen |= MEERZORG_VIA_CIZ;
                }
                meerzorg[i] = toekenning.jaarbedrag().inCenten();
            }
            if (pab != null) {
                vlaggen |= PAB;
                pabGewenst[i] = pab.gewenstPgb().inCenten();
            }
            if (ekt != null) {
                vlaggen |= EKT;
                ektBedrag[i] = ekt.bedrag() == null ? -1 : ekt.bedrag().inCenten();
                ektDoelgroep[i] = (byte) (ekt.doelgroep().ordinal() | (ekt.bevestigdDoorBeoordelaar() ? 0x40 : 0));
            }
            bijzonder[i] = vlaggen;
            aantal++;
            return i;
        }

        /** The toeslag codes this scenario knows, in bit order (for callers that build masks themselves). */
        public List<String> toeslagCodes() {
            return List.copyOf(codes);
        }

        @Override
        public String toString() {
            return "Cohort " + peildatum + " " + regelset.code() + ": " + aantal + " van " + profiel.length
                    + " cliënten";
        }
    }
}
