package nl.zorgkantoor.wlz.budget.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetplafond;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetrekenaar;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktAanvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktDoelgroep;
import nl.zorgkantoor.wlz.budget.domain.berekening.Leveringsverdeling;
import nl.zorgkantoor.wlz.budget.domain.berekening.MeerzorgToekenning;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktGrondslag;
import nl.zorgkantoor.wlz.budget.domain.berekening.Plafondbulk;
import nl.zorgkantoor.wlz.budget.domain.berekening.Regelset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbedragen;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefparameter;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ceilings for the 450,000 clients of {@code DemoPopulatie.nationaal()} through the engine (explanation lines
 * included) and through the bulk path ({@link Plafondbulk}: totals only, the path of the signal run and the scenario
 * simulator), against a bare loop over the same tariff arrays that computes only the totals, in the same run.
 * Run: {@code mvn -o -q -pl modules/budget -am -Pbench test -DskipUnitTests} (see bench/RESULTS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PlafondBenchmark {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 1, 1);
    private static final int DAGBESTEDING = 1;
    private static final int BEADEMING = 2;

    private Budgetrekenaar rekenaar;
    private Budgetvraag[] vragen;
    private Plafondbulk bulk;
    private Plafondbulk.Cohort cohort;
    private long[] uit;

    // the bare loop's inputs: the same clients and the same tariff rows, as primitive arrays
    private int[] profiel;
    private int[] toeslagMasker;
    private boolean[] ekt;
    private long[] meerzorg;
    private long[] plafondCenten;
    private long[] ektMaximumCenten;
    private long dagbestedingCenten;
    private long beademingCenten;

    @Setup(Level.Trial)
    public void maakPopulatie() {
        Tarieftabel tabel = TestTarieven.tabel();
        rekenaar = new Budgetrekenaar(tabel);
        int jaar = PEILDATUM.getYear();
        plafondCenten = new long[Zorgprofiel.values().length];
        ektMaximumCenten = new long[Zorgprofiel.values().length];
        var percentage = tabel.waarde(Tariefparameter.Soort.EKT_PERCENTAGE, PEILDATUM);
        for (Zorgprofiel p : Zorgprofiel.values()) {
            plafondCenten[p.ordinal()] = tabel.pgbPlafondCenten(p, jaar);
            ektMaximumCenten[p.ordinal()] = Tariefbedragen.percentageCenten(plafondCenten[p.ordinal()], percentage);
        }
        dagbestedingCenten = Tariefbedragen.jaarbedragCenten(tabel.toeslag("DAGBESTEDING_VG5_VG8", PEILDATUM)
                .orElseThrow().dagtarief(), 365, java.math.BigDecimal.valueOf(100));
        beademingCenten = Tariefbedragen.jaarbedragCenten(tabel.toeslag("BEADEMING_NIET_INVASIEF", PEILDATUM)
                .orElseThrow().dagtarief(), 365, java.math.BigDecimal.valueOf(100));

        DemoPopulatie populatie = DemoPopulatie.nationaal();
        int n = populatie.aantal();
        vragen = new Budgetvraag[n];
        profiel = new int[n];
        toeslagMasker = new int[n];
        ekt = new boolean[n];
        meerzorg = new long[n];
        for (int i = 0; i < n; i++) {
            DemoClient client = populatie.client(i + 1L);
            Zorgprofiel p = client.zorgprofiel();
            // everyone as if at home: pgb holders keep their pgb, all others get mpt (5GGZ-W never pgb, RULES L-03)
            Leveringsverdeling verdeling = client.leveringsvorm() == Leveringsvorm.PGB && p != Zorgprofiel.GGZ5W
                    ? Leveringsverdeling.PGB : Leveringsverdeling.MPT;
            Budgetvraag.Builder vraag = Budgetvraag.voor(p, PEILDATUM, verdeling);
            int masker = 0;
            if (p == Zorgprofiel.VG5 || p == Zorgprofiel.VG8) {
                masker |= DAGBESTEDING;
            }
            if (i % 50 == 0) {
                masker |= BEADEMING;
            }
            vraag.toeslagen(masker == 0 ? new String[0] : masker == DAGBESTEDING ? new String[] {"DAGBESTEDING_VG5_VG8"}
                    : masker == BEADEMING ? new String[] {"BEADEMING_NIET_INVASIEF"}
                    : new String[] {"DAGBESTEDING_VG5_VG8", "BEADEMING_NIET_INVASIEF"});
            if (i % 200 == 7 && Budgetrekenaar.MEERZORG_PROFIELEN.contains(p)) {
                meerzorg[i] = 2_500_000L + i % 1000;
                vraag.meerzorg(new MeerzorgToekenning(Bedrag.centen(meerzorg[i]), false));
            } else if (i % 100 == 3) {
                ekt[i] = true;
                vraag.ekt(EktAanvraag.maximaal(EktDoelgroep.GEEN));
            }
            vragen[i] = vraag.bouw();
            profiel[i] = p.ordinal();
            toeslagMasker[i] = masker;
        }
        bulk = new Plafondbulk(rekenaar, PEILDATUM, Regelset.ADVIES, false, EktGrondslag.PLAFOND_ZONDER_TOESLAGEN);
        cohort = bulk.cohort(n);
        for (Budgetvraag vraag : vragen) {
            cohort.voeg(vraag);
        }
        uit = new long[n];
        long viaEngine = 0;
        for (Budgetvraag vraag : vragen) {
            viaEngine += rekenaar.plafond(vraag).totaalCenten();
        }
        long viaLus = kaleLus(null);
        long viaBulk = bulk.som(cohort);
        if (viaEngine != viaLus || viaEngine != viaBulk) {
            throw new IllegalStateException("Engine, bulk en kale lus verschillen: " + viaEngine + ", " + viaBulk
                    + ", " + viaLus);
        }
    }

    /** The engine: one full result with explanation lines per client. */
    @Benchmark
    public long engine(Blackhole bh) {
        long som = 0;
        for (Budgetvraag vraag : vragen) {
            Budgetplafond plafond = rekenaar.plafond(vraag);
            bh.consume(plafond);
            som += plafond.totaalCenten();
        }
        return som;
    }

    /** The bulk path: every client's total in cents into one array, no explanation lines. */
    @Benchmark
    public long bulk(Blackhole bh) {
        bulk.plafonds(cohort, uit);
        bh.consume(uit);
        return uit[uit.length - 1];
    }

    /** The floor: the same totals from the same tariff arrays, no objects, no explanation. */
    @Benchmark
    public long kaleLus(Blackhole bh) {
        long som = 0;
        for (int i = 0; i < profiel.length; i++) {
            int p = profiel[i];
            long totaal = plafondCenten[p];
            int masker = toeslagMasker[i];
            if ((masker & DAGBESTEDING) != 0) {
                totaal += dagbestedingCenten;
            }
            if ((masker & BEADEMING) != 0) {
                totaal += beademingCenten;
            }
            if (ekt[i]) {
                totaal += ektMaximumCenten[p];
            }
            totaal += meerzorg[i];
            if (bh != null) {
                bh.consume(totaal);
            }
            som += totaal;
        }
        return som;
    }
}
