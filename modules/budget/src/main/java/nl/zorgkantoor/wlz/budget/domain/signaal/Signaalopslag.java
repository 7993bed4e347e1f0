package nl.zorgkantoor.wlz.budget.domain.signaal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Port: raises, stores and closes signals set-based in the database (a region may hold 100,000+ clients). */
public interface Signaalopslag {

    /** Raises the new signals of one kind for the region on the date; returns how many were new. */
    int markeer(Signaalsoort soort, String regioCode, LocalDate peildatum, Instant nu);

    List<Signaal> open(String regioCode, int vanaf, int aantal);

    /** How many signals of the region are open (one count query, for paging and the work queue). */
    long aantalOpen(String regioCode);

    /** @return false when no open signal with this identity exists */
    boolean sluit(Signaalsoort soort, long clientId, String onderwerp, Sluitreden reden, String door, Instant nu);
}
