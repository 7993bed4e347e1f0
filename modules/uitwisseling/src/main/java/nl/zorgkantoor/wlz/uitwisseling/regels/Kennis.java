package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.util.Optional;
import java.util.OptionalLong;

/** Port: what the stateful rules need to know from the database (RULES X-03). */
public interface Kennis {

    /** TR079: the highest besluitnummer the client holds; empty for an unknown client. */
    OptionalLong hoogsteBesluitnummer(String bsn);

    /** 0448: whether the zorgkantoor knows a client with this BSN. */
    boolean clientBekend(String bsn);

    /** TR019: the ZzpCode of the client's indicatiebesluit with this number, if there is one. */
    Optional<String> zzpCodeVanBesluit(String bsn, long besluitnummer);

    /** TR063/TR074/TR103/TR104: the last StatusAanlevering stored for a logical key, if any. */
    Optional<String> aanleverstatus(String sleutel);
}
