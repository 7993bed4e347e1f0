package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.Map;
import nl.zorgkantoor.wlz.budget.infrastructure.tarief.V2__Tarieven_2015_2026;

/** The tariff tables exactly as the migration loads them, for tests that compute with the real data. */
public final class TestTarieven {

    private static final Tarieftabel TABEL = Tarieftabel.van(set());

    private TestTarieven() {
    }

    public static Tarieftabel tabel() {
        return TABEL;
    }

    public static Tariefset set() {
        return new V2__Tarieven_2015_2026().tariefset();
    }

    public static Map<String, String> bestanden() {
        return new V2__Tarieven_2015_2026().bestanden();
    }
}
