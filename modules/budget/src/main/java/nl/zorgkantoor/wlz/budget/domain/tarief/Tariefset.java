package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One version of the tariff tables as delivered together (by a migration or a BEHEERDER's import): the rows of the
 * four CSV files. A later version replaces the years it contains as a whole and never changes an earlier version.
 */
public record Tariefset(int versie, List<Profieltarief> profieltarieven, List<Toeslag> toeslagen,
                        List<MptModule> mptModules, List<Tariefparameter> parameters) {

    public Tariefset {
        if (versie < 1) {
            throw new IllegalArgumentException("Tariefversie moet positief zijn");
        }
        profieltarieven = List.copyOf(profieltarieven);
        toeslagen = List.copyOf(toeslagen);
        mptModules = List.copyOf(mptModules);
        parameters = List.copyOf(parameters);
    }

    public SortedSet<Integer> jaren() {
        SortedSet<Integer> jaren = new TreeSet<>();
        profieltarieven.forEach(t -> jaren.add(t.jaar()));
        return jaren;
    }
}
