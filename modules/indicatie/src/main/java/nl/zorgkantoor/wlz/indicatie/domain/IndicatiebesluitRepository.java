package nl.zorgkantoor.wlz.indicatie.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.Bsn;

/** Port: where indicatiebesluiten are kept. */
public interface IndicatiebesluitRepository {

    /** Stores a new besluit with one INSERT and returns its id; the object itself stays unmanaged (RULES I-01). */
    long voegToe(Indicatiebesluit besluit);

    /** All besluiten of the client, highest besluitnummer first. */
    List<Indicatiebesluit> vanClient(long clientId);

    /** The besluit with the highest besluitnummer whose validity contains the date. */
    Optional<Indicatiebesluit> geldigOp(long clientId, LocalDate peildatum);

    /** The highest besluitnummer of the client with this BSN (TR079); empty when he has none or is unknown. */
    Optional<Long> hoogsteBesluitnummer(Bsn bsn);
}
