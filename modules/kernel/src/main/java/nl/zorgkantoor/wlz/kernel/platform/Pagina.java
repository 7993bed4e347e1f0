package nl.zorgkantoor.wlz.kernel.platform;

import java.util.List;

/**
 * One page of a server-side paged result: the rows of the page and the total number of matching rows. Lists in the
 * UI never load more than one page, whatever the population size.
 *
 * @param eerste index (0-based) of the first row of this page in the whole result
 */
public record Pagina<T>(List<T> rijen, long totaal, int eerste, int grootte) {

    public static final int MAXIMALE_GROOTTE = 200;

    public Pagina {
        rijen = List.copyOf(rijen);
        if (eerste < 0 || grootte < 1 || totaal < 0) {
            throw new IllegalArgumentException("ongeldige pagina: eerste=" + eerste + ", grootte=" + grootte);
        }
    }

    /** Clamps a requested page size to 1..{@link #MAXIMALE_GROOTTE}, so no caller can ask for everything at once. */
    public static int begrensd(int grootte) {
        return Math.max(1, Math.min(grootte, MAXIMALE_GROOTTE));
    }

    public boolean heeftVorige() {
        return eerste > 0;
    }

    public boolean heeftVolgende() {
        return eerste + rijen.size() < totaal;
    }

    /** 1-based page number, for display. */
    public int paginanummer() {
        return eerste / grootte + 1;
    }

    public long aantalPaginas() {
        return Math.max(1, (totaal + grootte - 1) / grootte);
    }
}
