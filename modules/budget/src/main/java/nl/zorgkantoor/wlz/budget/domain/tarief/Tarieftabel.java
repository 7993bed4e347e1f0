package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The tariff tables in force, assembled from one or more {@link Tariefset versions}: for every calendar year the
 * highest version that contains that year supplies all of its profile tariffs, toeslagen and mpt modules (a year is
 * replaced as a whole, never row by row); for a parameter on a date the highest version that covers the date wins.
 *
 * <p>Immutable and indexed by year and profile, so that a lookup on the hot path of a national run is an array read.
 */
public final class Tarieftabel {

    private final int eersteJaar;
    private final int laatsteJaar;
    private final Profieltarief[][] profieltarieven;
    private final long[][] pgbPlafondCenten;
    private final List<Map<String, Toeslag>> toeslagen;
    private final List<Map<String, MptModule>> mptModules;
    private final Map<Tariefparameter.Soort, List<Tariefparameter>> parameters;
    private final Map<Integer, Integer> versiePerJaar;

    private Tarieftabel(List<Tariefset> sets) {
        List<Tariefset> oplopend = new ArrayList<>(sets);
        oplopend.sort(Comparator.comparingInt(Tariefset::versie));
        Map<Integer, Tariefset> perJaar = new TreeMap<>();
        for (Tariefset set : oplopend) {
            set.jaren().forEach(jaar -> perJaar.put(jaar, set));
        }
        if (perJaar.isEmpty()) {
            throw new GeenTarief("Er zijn geen tarieftabellen geladen");
        }
        eersteJaar = ((TreeMap<Integer, Tariefset>) perJaar).firstKey();
        laatsteJaar = ((TreeMap<Integer, Tariefset>) perJaar).lastKey();
        int jaren = laatsteJaar - eersteJaar + 1;
        profieltarieven = new Profieltarief[jaren][Zorgprofiel.values().length];
        pgbPlafondCenten = new long[jaren][Zorgprofiel.values().length];
        toeslagen = new ArrayList<>(jaren);
        mptModules = new ArrayList<>(jaren);
        versiePerJaar = new HashMap<>();
        for (int i = 0; i < jaren; i++) {
            toeslagen.add(Map.of());
            mptModules.add(Map.of());
        }
        perJaar.forEach((jaar, set) -> {
            int index = jaar - eersteJaar;
            versiePerJaar.put(jaar, set.versie());
            for (Profieltarief tarief : set.profieltarieven()) {
                if (tarief.jaar() == jaar) {
                    profieltarieven[index][tarief.profiel().ordinal()] = tarief;
                    pgbPlafondCenten[index][tarief.profiel().ordinal()] = Tariefbedragen.jaarbedragCenten(
                            tarief.vptExclBh(), Tariefjaar.dagen(jaar), tarief.pgbPercentage());
                }
            }
            Map<String, Toeslag> toeslagenVanJaar = new LinkedHashMap<>();
            set.toeslagen().stream().filter(t -> t.jaar() == jaar).forEach(t -> toeslagenVanJaar.put(t.code(), t));
            toeslagen.set(index, Map.copyOf(toeslagenVanJaar));
            Map<String, MptModule> modulesVanJaar = new LinkedHashMap<>();
            set.mptModules().stream().filter(m -> m.jaar() == jaar).forEach(m -> modulesVanJaar.put(m.code(), m));
            mptModules.set(index, Map.copyOf(modulesVanJaar));
        });
        parameters = new HashMap<>();
        for (int i = oplopend.size() - 1; i >= 0; i--) {
            for (Tariefparameter parameter : oplopend.get(i).parameters()) {
                parameters.computeIfAbsent(parameter.soort(), s -> new ArrayList<>()).add(parameter);
            }
        }
    }

    /** @param sets one or more versions; the highest version wins per year and per parameter date */
    public static Tarieftabel van(Collection<Tariefset> sets) {
        return new Tarieftabel(List.copyOf(sets));
    }

    public static Tarieftabel van(Tariefset set) {
        return new Tarieftabel(List.of(set));
    }

    public int eersteJaar() {
        return eersteJaar;
    }

    public int laatsteJaar() {
        return laatsteJaar;
    }

    /** The version of the tariff set that supplies the year. */
    public int versie(int jaar) {
        return jaarIndex(jaar) >= 0 ? versiePerJaar.get(jaar) : 0;
    }

    public Profieltarief profieltarief(Zorgprofiel profiel, int jaar) {
        int index = verplichtJaarIndex(jaar);
        Profieltarief tarief = profieltarieven[index][profiel.ordinal()];
        if (tarief == null) {
            throw new GeenTarief("Geen tarief voor zorgprofiel " + profiel.label() + " in " + jaar);
        }
        return tarief;
    }

    /**
     * RULES B-01: the yearly pgb-plafond of the profile in cents — the vpt day tariff without behandeling and
     * without toeslagen, times the days of the year (366 in a leap year), times the pgb percentage, rounded once.
     */
    public long pgbPlafondCenten(Zorgprofiel profiel, int jaar) {
        profieltarief(profiel, jaar);
        return pgbPlafondCenten[jaarIndex(jaar)][profiel.ordinal()];
    }

    /** The toeslag with this code in the year of the date, if it exists and is valid on that date. */
    public Optional<Toeslag> toeslag(String code, LocalDate datum) {
        int index = jaarIndex(datum.getYear());
        if (index < 0) {
            return Optional.empty();
        }
        Toeslag toeslag = toeslagen.get(index).get(code);
        return toeslag != null && toeslag.geldigheid().bevat(datum) ? Optional.of(toeslag) : Optional.empty();
    }

    public Collection<Toeslag> toeslagen(int jaar) {
        int index = jaarIndex(jaar);
        return index < 0 ? List.of() : toeslagen.get(index).values();
    }

    public MptModule mptModule(String code, int jaar) {
        MptModule module = mptModules.get(verplichtJaarIndex(jaar)).get(code);
        if (module == null) {
            throw new GeenTarief("Onbekende mpt-module '" + code + "' in " + jaar);
        }
        return module;
    }

    public Collection<MptModule> mptModules(int jaar) {
        int index = jaarIndex(jaar);
        return index < 0 ? List.of() : mptModules.get(index).values();
    }

    /** The parameter valid on the date; the highest tariff version that covers the date wins. */
    public Tariefparameter parameter(Tariefparameter.Soort soort, LocalDate datum) {
        return parameters.getOrDefault(soort, List.of()).stream()
                .filter(p -> p.geldigheid().bevat(datum))
                .findFirst()
                .orElseThrow(() -> new GeenTarief("Geen waarde voor " + soort + " op " + datum));
    }

    public BigDecimal waarde(Tariefparameter.Soort soort, LocalDate datum) {
        return parameter(soort, datum).waarde();
    }

    private int jaarIndex(int jaar) {
        return jaar < eersteJaar || jaar > laatsteJaar || versiePerJaar.get(jaar) == null ? -1 : jaar - eersteJaar;
    }

    private int verplichtJaarIndex(int jaar) {
        int index = jaarIndex(jaar);
        if (index < 0) {
            throw new GeenTarief("Geen tarieftabel voor " + jaar + " (geladen: " + eersteJaar + "-" + laatsteJaar + ")");
        }
        return index;
    }
}
