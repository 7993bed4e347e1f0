package nl.zorgkantoor.wlz.toezicht.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Cel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Rij;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;

/**
 * NZa Tabel 1 (004 L352-375): waiting clients per sector and status on three peildata a year apart, sector totals
 * and a "Totaal sectoren" block, with the mutation per year (RULES W-02). Wacht uit voorzorg is not part of it.
 */
public final class Tabel1 {

    /** The statuses of the table in NZa order; "actief wachtend" (1) is counted as actief plaatsen (W-01). */
    public static final List<Leveringsstatus> STATUSSEN = List.of(Leveringsstatus.URGENT_PLAATSEN,
            Leveringsstatus.ACTIEF_PLAATSEN, Leveringsstatus.WACHT_OP_VOORKEUR);

    private final Map<Sector, Map<Leveringsstatus, long[]>> aantallen = new EnumMap<>(Sector.class);

    /** Adds the count of a sector and status on peildatum index 0 (two years back), 1 (one year back) or 2 (now). */
    public Tabel1 tel(Sector sector, Leveringsstatus status, int peilIndex, long aantal) {
        Leveringsstatus s = status.voorTrend();
        if (!STATUSSEN.contains(s)) {
            return this;
        }
        aantallen.computeIfAbsent(sector, k -> new EnumMap<>(Leveringsstatus.class))
                .computeIfAbsent(s, k -> new long[3])[peilIndex] += aantal;
        return this;
    }

    public long aantal(Sector sector, Leveringsstatus status, int peilIndex) {
        long[] a = aantallen.getOrDefault(sector, Map.of()).get(status);
        return a == null ? 0 : a[peilIndex];
    }

    /** RULES W-02: sector total = sum of the three statuses. */
    public long totaal(Sector sector, int peilIndex) {
        return STATUSSEN.stream().mapToLong(s -> aantal(sector, s, peilIndex)).sum();
    }

    public long totaal(Leveringsstatus status, int peilIndex) {
        return java.util.Arrays.stream(Sector.values()).mapToLong(s -> aantal(s, status, peilIndex)).sum();
    }

    public long totaal(int peilIndex) {
        return java.util.Arrays.stream(Sector.values()).mapToLong(s -> totaal(s, peilIndex)).sum();
    }

    /**
     * RULES W-02: mutation = (new - old) / old in whole percents, half away from zero; null when old is 0.
     */
    public static Integer mutatie(long oud, long nieuw) {
        if (oud == 0) {
            return null;
        }
        return BigDecimal.valueOf(nieuw - oud).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(oud), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The table with its Dutch labels, small cells suppressed (W-08). */
    public Cijfertabel alsTabel(String regioCode, List<String> peildata) {
        List<String> kolommen = List.of(peildata.get(0), peildata.get(1), peildata.get(2),
                "Mutatie " + jaar(peildata.get(1)) + " t.o.v. " + jaar(peildata.get(0)),
                "Mutatie " + jaar(peildata.get(2)) + " t.o.v. " + jaar(peildata.get(1)));
        List<Rij> rijen = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            for (Leveringsstatus status : STATUSSEN) {
                long[] a = {aantal(sector, status, 0), aantal(sector, status, 1), aantal(sector, status, 2)};
                rijen.add(rij(sectorLabel(sector) + " - " + status.omschrijving(), a));
            }
            rijen.add(rij("Totaal " + sectorLabel(sector), new long[] {totaal(sector, 0), totaal(sector, 1),
                totaal(sector, 2)}));
        }
        for (Leveringsstatus status : STATUSSEN) {
            rijen.add(rij("Alle sectoren - " + status.omschrijving(),
                    new long[] {totaal(status, 0), totaal(status, 1), totaal(status, 2)}));
        }
        rijen.add(rij("Totaal sectoren", new long[] {totaal(0), totaal(1), totaal(2)}));
        return new Cijfertabel(Indicator.WACHTENDEN_SECTOR_STATUS, regioCode, kolommen, rijen);
    }

    public static String sectorLabel(Sector sector) {
        return switch (sector) {
            case VV -> "V&V";
            case GHZ -> "GHZ";
            case GGZ -> "GGZ";
        };
    }

    private static Rij rij(String label, long[] a) {
        List<Cel> cellen = List.of(Celopmaak.aantal(a[0]), Celopmaak.aantal(a[1]), Celopmaak.aantal(a[2]),
                Celopmaak.mutatie(a[0], a[1]), Celopmaak.mutatie(a[1], a[2]));
        return new Rij(label, cellen);
    }

    private static String jaar(String peildatum) {
        return peildatum.substring(peildatum.length() - 4);
    }
}
