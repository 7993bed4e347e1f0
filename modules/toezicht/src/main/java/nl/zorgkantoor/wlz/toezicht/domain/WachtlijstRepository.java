package nl.zorgkantoor.wlz.toezicht.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port to the stored waiting-list entries. */
public interface WachtlijstRepository {

    Wachtlijstinschrijving bewaar(Wachtlijstinschrijving inschrijving);

    /** The client's open entry (not yet ended), if any; there is at most one. */
    Optional<Wachtlijstinschrijving> openInschrijving(long clientId);

    /** True when any entry of the client ever had this status from this date (a repeated report). */
    boolean kentStatus(long clientId, String statusCode, LocalDate ingangsdatum);

    /** Every entry of the client that had started on the date and had not ended before it. */
    List<Wachtlijstinschrijving> inschrijvingenOp(long clientId, LocalDate peildatum);
}
