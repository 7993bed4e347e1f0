package nl.zorgkantoor.wlz.kernel.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * A deterministic synthetic Wlz population: client {@code n} is the same for the same seed whatever size or order
 * it is generated in, so loaders can work in parallel batches and every context derives matching data.
 *
 * <p>Proportions follow the figures in the domain README (seed 003, 2021): sector mix v&amp;v 55%, ghz 39%, ggz 6%;
 * within v&amp;v verblijf 71.6%, mpt 15.9%, vpt 6.8%, pgb 5.7%; within ghz verblijf 59.3%, pgb 20.5%, mpt 16.8%,
 * vpt 3.4%. The ggz mix and the profile mix within a sector are illustrative.
 */
public final class DemoPopulatie {

    /** The demo shown to a newcomer: three large regions, a few thousand clients. */
    public static final List<ZorgkantoorRegio> DEMO_REGIOS =
            List.of(ZorgkantoorRegio.UTRECHT, ZorgkantoorRegio.AMSTERDAM, ZorgkantoorRegio.ROTTERDAM);
    public static final int DEMO_AANTAL = 3_000;
    public static final int NATIONAAL_AANTAL = 450_000;
    public static final long STANDAARD_SEED = 20_150_101L;
    /** The day the synthetic histories (waiting list, care delivery, regelingen) run up to. */
    public static final LocalDate HORIZON = LocalDate.of(2026, 11, 1);

    private static final String[] VOORNAMEN = {"Jan", "Maria", "Pieter", "Anna", "Hendrik", "Johanna", "Cornelis",
        "Wilhelmina", "Willem", "Elisabeth", "Gerrit", "Cornelia", "Dirk", "Geertruida", "Jacob", "Hendrika", "Ahmed",
        "Fatima", "Sanne", "Daan", "Lotte", "Sem", "Emma", "Mohamed", "Noor", "Finn", "Julia", "Bram", "Sophie", "Ruben"};
    private static final String[] ACHTERNAMEN = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
        "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Yilmaz",
        "El Amrani", "Kok", "Jacobs", "de Haan"};

    private static final Zorgprofiel[] VV_PROFIELEN = {Zorgprofiel.VV3, Zorgprofiel.VV4, Zorgprofiel.VV5,
        Zorgprofiel.VV5, Zorgprofiel.VV5, Zorgprofiel.VV5, Zorgprofiel.VV6, Zorgprofiel.VV6, Zorgprofiel.VV6,
        Zorgprofiel.VV4, Zorgprofiel.VV7, Zorgprofiel.VV8, Zorgprofiel.VV9, Zorgprofiel.VV10};
    private static final Zorgprofiel[] GHZ_PROFIELEN = {Zorgprofiel.VG3, Zorgprofiel.VG4, Zorgprofiel.VG5,
        Zorgprofiel.VG5, Zorgprofiel.VG6, Zorgprofiel.VG6, Zorgprofiel.VG7, Zorgprofiel.VG8, Zorgprofiel.VG2,
        Zorgprofiel.LG4, Zorgprofiel.LG5, Zorgprofiel.LG6, Zorgprofiel.LG7, Zorgprofiel.LVG3, Zorgprofiel.LVG4,
        Zorgprofiel.SGLVG1, Zorgprofiel.ZGVIS3, Zorgprofiel.ZGAUD3, Zorgprofiel.LG2, Zorgprofiel.VG4};
    private static final Zorgprofiel[] GGZ_PROFIELEN = {Zorgprofiel.GGZ3B, Zorgprofiel.GGZ4B, Zorgprofiel.GGZ5B,
        Zorgprofiel.GGZ6B, Zorgprofiel.GGZ7B, Zorgprofiel.GGZ2W, Zorgprofiel.GGZ3W, Zorgprofiel.GGZ4W,
        Zorgprofiel.GGZ5W, Zorgprofiel.GGZ4C};

    private final long seed;
    private final int aantal;
    private final List<ZorgkantoorRegio> regios;

    public DemoPopulatie(long seed, int aantal, List<ZorgkantoorRegio> regios) {
        if (aantal < 0) {
            throw new IllegalArgumentException("aantal moet >= 0 zijn");
        }
        if (regios.isEmpty()) {
            throw new IllegalArgumentException("minstens één regio nodig");
        }
        this.seed = seed;
        this.aantal = aantal;
        this.regios = List.copyOf(regios);
    }

    public static DemoPopulatie demo() {
        return new DemoPopulatie(STANDAARD_SEED, DEMO_AANTAL, DEMO_REGIOS);
    }

    public static DemoPopulatie nationaal() {
        return new DemoPopulatie(STANDAARD_SEED, NATIONAAL_AANTAL, ZorgkantoorRegio.actieve());
    }

    public int aantal() {
        return aantal;
    }

    public long seed() {
        return seed;
    }

    public List<ZorgkantoorRegio> regios() {
        return regios;
    }

    /**
     * An independent random stream for client {@code nummer} and a purpose (e.g. "toezicht"), so a context can add
     * its own deterministic detail without disturbing the others.
     */
    public SplittableRandom random(long nummer, String doel) {
        return new SplittableRandom(mix(seed ^ mix(nummer) ^ doel.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** Client {@code nummer}, 1-based. */
    public DemoClient client(long nummer) {
        if (nummer < 1 || nummer > aantal) {
            throw new IndexOutOfBoundsException("cliëntnummer " + nummer + " buiten 1.." + aantal);
        }
        SplittableRandom rnd = random(nummer, "basis");
        Sector sector = kiesSector(rnd.nextInt(100));
        Zorgprofiel profiel = switch (sector) {
            case VV -> VV_PROFIELEN[rnd.nextInt(VV_PROFIELEN.length)];
            case GHZ -> GHZ_PROFIELEN[rnd.nextInt(GHZ_PROFIELEN.length)];
            case GGZ -> GGZ_PROFIELEN[rnd.nextInt(GGZ_PROFIELEN.length)];
        };
        Leveringsvorm leveringsvorm = kiesLeveringsvorm(sector, profiel, rnd.nextInt(1000));
        int leeftijd = switch (sector) {
            case VV -> 65 + rnd.nextInt(36);
            case GHZ -> 4 + rnd.nextInt(76);
            case GGZ -> 18 + rnd.nextInt(58);
        };
        LocalDate peil = LocalDate.of(2026, 1, 1);
        LocalDate geboortedatum = peil.minusYears(leeftijd).minusDays(rnd.nextInt(365));
        LocalDate ingang = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4000));
        char geslacht = rnd.nextBoolean() ? 'M' : 'V';
        ZorgkantoorRegio regio = regios.get((int) ((nummer - 1) % regios.size()));
        return new DemoClient(nummer, bsn(nummer), VOORNAMEN[rnd.nextInt(VOORNAMEN.length)],
                ACHTERNAMEN[rnd.nextInt(ACHTERNAMEN.length)], geslacht, geboortedatum, regio, profiel, leveringsvorm,
                ingang);
    }

    /**
     * A unique, valid BSN for every client number: the eight-digit prefix is {@code d·10^7 + nummer} for the first
     * leading digit d (2..9) for which a check digit exists; different d never collide below 10^7 clients.
     */
    static String bsn(long nummer) {
        if (nummer >= 10_000_000L) {
            throw new IllegalArgumentException("te veel cliënten voor het BSN-schema");
        }
        for (int leidend = 2; leidend <= 9; leidend++) {
            String bsn = Bsn.metControlecijfer(String.format("%08d", leidend * 10_000_000L + nummer));
            if (bsn != null) {
                return bsn;
            }
        }
        throw new IllegalStateException("geen geldig BSN voor " + nummer);
    }

    private static Sector kiesSector(int procent) {
        if (procent < 55) {
            return Sector.VV;
        }
        return procent < 94 ? Sector.GHZ : Sector.GGZ;
    }

    private static Leveringsvorm kiesLeveringsvorm(Sector sector, Zorgprofiel profiel, int promille) {
        Leveringsvorm vorm = switch (sector) {
            case VV -> promille < 716 ? Leveringsvorm.VERBLIJF : promille < 875 ? Leveringsvorm.MPT
                    : promille < 943 ? Leveringsvorm.VPT : Leveringsvorm.PGB;
            case GHZ -> promille < 593 ? Leveringsvorm.VERBLIJF : promille < 798 ? Leveringsvorm.PGB
                    : promille < 966 ? Leveringsvorm.MPT : Leveringsvorm.VPT;
            case GGZ -> promille < 700 ? Leveringsvorm.VERBLIJF : promille < 850 ? Leveringsvorm.MPT
                    : promille < 900 ? Leveringsvorm.VPT : Leveringsvorm.PGB;
        };
        // RULES L-03: 5GGZ-W gives no right to a pgb.
        if (profiel == Zorgprofiel.GGZ5W && vorm == Leveringsvorm.PGB) {
            return Leveringsvorm.VERBLIJF;
        }
        return vorm;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
