package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.List;

/** Port: where the tariff versions are stored (the database in production, CSV files in tests). */
public interface Tariefbron {

    /** Every stored tariff version, in any order; {@link Tarieftabel#van} decides which one is in force. */
    List<Tariefset> alleVersies();

    /** Who delivered each version, when and from where, highest version first. */
    List<Tariefversie> versies();

    /** Stores a new version; fails when its number exists (a version is never rewritten). */
    void bewaar(Tariefset set, Tariefversie versie);
}
