package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.time.Year;

/** Calendar years of tariff tables: the Wlz exists since 2015; days per year respect leap years. */
public final class Tariefjaar {

    public static final int EERSTE = 2015;
    public static final int LAATSTE_TOEGESTAAN = 2100;

    private Tariefjaar() {
    }

    static void controleer(int jaar) {
        if (jaar < EERSTE || jaar > LAATSTE_TOEGESTAAN) {
            throw new IllegalArgumentException("Tariefjaar " + jaar + " ligt buiten " + EERSTE + ".."
                    + LAATSTE_TOEGESTAAN + " (de Wlz bestaat sinds 2015)");
        }
    }

    /** 365, or 366 in a leap year. */
    public static int dagen(int jaar) {
        return Year.of(jaar).length();
    }
}
