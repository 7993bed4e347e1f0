package nl.zorgkantoor.wlz.budget.api;

import java.util.List;
import java.util.Map;

/**
 * Beheer › Tarieven (RULES B-03): the tariff versions with their provenance, the tables in force per year, and a
 * BEHEERDER's import of new figures as the four CSV files of {@code db/tarieven} (same format). An import becomes
 * the next version and replaces the years it contains as a whole; nothing stored is ever changed in place, so every
 * earlier calculation stays explainable from the version it used.
 */
public interface Tariefbeheer {

    /** File names an import needs: profieltarieven.csv, toeslagen.csv, mpt_modules.csv, parameters.csv. */
    List<String> BESTANDEN = List.of("profieltarieven.csv", "toeslagen.csv", "mpt_modules.csv", "parameters.csv");

    /** Every version, highest first, with the years it holds and the years for which it is in force. */
    List<TariefversieView> versies();

    /** The years that have tariffs, ascending. */
    List<Integer> jaren();

    /** The profile tariffs in force for a year, in the order of the zorgprofielen; empty for a year without. */
    List<ProfieltariefView> profieltarieven(int jaar);

    /** The toeslagen in force for a year, by code. */
    List<ToeslagView> toeslagen(int jaar);

    /**
     * Validates the four files and stores them as the next version (BEHEERDER only). The tables in force change
     * once the transaction commits.
     *
     * @param bestanden   file name → text (UTF-8), exactly the four {@link #BESTANDEN}
     * @param omschrijving what the delivery is, e.g. "Tarieven 2027 (NZa-beleidsregel)"
     * @param herkomst     where it came from, e.g. the uploaded file names
     * @throws TariefimportGeweigerd with every problem found (file, line, what is wrong), nothing stored
     */
    TariefversieView importeer(Map<String, String> bestanden, String omschrijving, String herkomst);
}
