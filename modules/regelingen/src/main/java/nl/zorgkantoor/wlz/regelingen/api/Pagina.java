package nl.zorgkantoor.wlz.regelingen.api;

import java.util.List;

/** One page of a server-side paged list. */
public record Pagina<T>(List<T> items, long totaal, int pagina, int grootte) {

    public Pagina {
        items = List.copyOf(items);
    }
}
