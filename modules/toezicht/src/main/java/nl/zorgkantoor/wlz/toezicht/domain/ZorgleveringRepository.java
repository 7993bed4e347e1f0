package nl.zorgkantoor.wlz.toezicht.domain;

import java.time.LocalDate;
import java.util.List;

/** Port to the stored care-delivery periods. */
public interface ZorgleveringRepository {

    void bewaar(Zorgleveringsperiode periode);

    boolean bestaat(long clientId, String aanbieder, String zorgprofiel, LocalDate begindatum);

    /** The open periods of the client at that aanbieder (normally one), oldest first. */
    List<Zorgleveringsperiode> open(long clientId, String aanbieder);

    /** The client's periods, newest first; {@code maximum} bounds the result, as a dossier shows a page. */
    List<Zorgleveringsperiode> vanClient(long clientId, int maximum);
}
