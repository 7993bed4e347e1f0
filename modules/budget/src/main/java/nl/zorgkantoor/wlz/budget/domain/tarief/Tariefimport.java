package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A BEHEERDER's delivery of new tariff figures as the four CSV files (RULES B-03). It becomes the next version; the
 * years it contains replace those years as a whole, and no stored row changes. Beyond the file checks of
 * {@link TariefCsv} it refuses a delivery that would leave a year without tariffs between the years in force: every
 * lookup in such a year would fail, so a new year has to follow on the years already loaded.
 */
public final class Tariefimport {

    private Tariefimport() {
    }

    /**
     * @param versie         the number the delivery will get (one above the highest stored version)
     * @param bestanden      the text of each of the four files, by file name
     * @param geladenJaren   the years for which a tariff version is stored
     * @throws TariefbestandOngeldig with every problem found, in Dutch
     */
    public static Tariefset controleer(int versie, Map<String, String> bestanden, SortedSet<Integer> geladenJaren) {
        Tariefset set = TariefCsv.lees(versie, bestanden);
        List<String> fouten = new ArrayList<>();
        if (set.jaren().isEmpty()) {
            fouten.add(TariefCsv.PROFIELTARIEVEN + ": geen enkel jaar; een levering bevat de tarieven van minstens"
                    + " één heel jaar");
        }
        SortedSet<Integer> samen = new TreeSet<>(geladenJaren);
        samen.addAll(set.jaren());
        if (!samen.isEmpty()) {
            for (int jaar = samen.first(); jaar <= samen.last(); jaar++) {
                if (!samen.contains(jaar)) {
                    fouten.add(TariefCsv.PROFIELTARIEVEN + ": na deze levering zou " + jaar + " geen tarieven hebben"
                            + " (geladen: " + bereik(geladenJaren) + ", geleverd: " + bereik(set.jaren())
                            + "); lever de jaren aansluitend");
                }
            }
        }
        for (Toeslag toeslag : set.toeslagen()) {
            if (!set.jaren().contains(toeslag.jaar())) {
                fouten.add(TariefCsv.TOESLAGEN + ": toeslag " + toeslag.code() + " voor " + toeslag.jaar()
                        + ", maar dat jaar heeft geen profieltarieven in deze levering");
            }
        }
        for (MptModule module : set.mptModules()) {
            if (!set.jaren().contains(module.jaar())) {
                fouten.add(TariefCsv.MPT_MODULES + ": module " + module.code() + " voor " + module.jaar()
                        + ", maar dat jaar heeft geen profieltarieven in deze levering");
            }
        }
        if (!fouten.isEmpty()) {
            throw new TariefbestandOngeldig(fouten);
        }
        return set;
    }

    private static String bereik(SortedSet<Integer> jaren) {
        if (jaren.isEmpty()) {
            return "geen";
        }
        return jaren.first().equals(jaren.last()) ? jaren.first().toString() : jaren.first() + "–" + jaren.last();
    }
}
