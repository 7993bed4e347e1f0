package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.List;

/** Port: where the stored tariff versions come from (the database in production, CSV files in tests). */
public interface Tariefbron {

    /** Every stored tariff version, in any order; {@link Tarieftabel#van} decides which one is in force. */
    List<Tariefset> alleVersies();
}
