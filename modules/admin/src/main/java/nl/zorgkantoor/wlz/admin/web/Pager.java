package nl.zorgkantoor.wlz.admin.web;

import java.io.Serializable;
import java.util.function.BiFunction;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/**
 * Where a server-side paged list stands: the first row and the page size, kept in the view between requests. The
 * screen asks its service for exactly one page ({@link #laad}); the rows themselves are never kept in the session.
 *
 * @param <T> the row type
 */
public final class Pager<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int grootte;
    private int eerste;
    private transient Pagina<T> pagina;

    public Pager(int grootte) {
        this.grootte = Pagina.begrensd(grootte);
    }

    /** Loads the current page with {@code bron(eerste, grootte)}; an empty result past the end goes back to page 1. */
    public Pagina<T> laad(BiFunction<Integer, Integer, Pagina<T>> bron) {
        pagina = bron.apply(eerste, grootte);
        if (pagina.rijen().isEmpty() && eerste > 0) {
            eerste = 0;
            pagina = bron.apply(eerste, grootte);
        }
        return pagina;
    }

    /** The page loaded last in this request, or null when the list has to be loaded (again). */
    public Pagina<T> pagina() {
        return pagina;
    }

    public void eerstePagina() {
        eerste = 0;
        pagina = null;
    }

    public void volgende() {
        if (pagina == null || pagina.heeftVolgende()) {
            eerste += grootte;
        }
        pagina = null;
    }

    public void vorige() {
        eerste = Math.max(0, eerste - grootte);
        pagina = null;
    }

    /** Forget the loaded rows (after a change) but stay on the same page. */
    public void vergeet() {
        pagina = null;
    }

    public int eerste() {
        return eerste;
    }

    public int grootte() {
        return grootte;
    }

    /** A 0-based page number for services that page by number instead of first row. */
    public int paginanummer() {
        return eerste / grootte;
    }

    /** Converts the regelingen api's page (numbered) into the kernel page the pager template shows. */
    public static <T> Pagina<T> vanRegelingen(nl.zorgkantoor.wlz.regelingen.api.Pagina<T> p) {
        return new Pagina<>(p.items(), p.totaal(), p.pagina() * p.grootte(), p.grootte());
    }
}
