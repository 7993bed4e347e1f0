package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.zorgkantoor.wlz.kernel.Bsn;

/**
 * What this transaction already knows of a BSN: the id of its client, or that there is none. An IO31 asks twice, for
 * TR079 and again when it stores the besluit; the second query was 1.5 % of its request thread (JFR,
 * bench/RESULTS.md 2026-12-04). Kept with the transaction, so it ends with it; a client another transaction registers
 * meanwhile collides on the unique BSN when this one inserts, exactly as without it. Every way this module adds a
 * single client records it here (the demo data loads in bulk, in transactions of its own).
 */
@ApplicationScoped
class ClientIdsPerTransactie {

    private static final Object SLEUTEL = ClientIdsPerTransactie.class;

    @Resource
    private TransactionSynchronizationRegistry transactie;

    /** Empty when this transaction did not look yet; else the id, or an empty OptionalLong for no client. */
    Optional<OptionalLong> bekend(Bsn bsn) {
        Map<Bsn, OptionalLong> ids = ids(false);
        return ids == null ? Optional.empty() : Optional.ofNullable(ids.get(bsn));
    }

    void onthoud(Bsn bsn, OptionalLong id) {
        Map<Bsn, OptionalLong> ids = ids(true);
        if (ids != null) {
            ids.put(bsn, id);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Bsn, OptionalLong> ids(boolean maak) {
        if (transactie.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Bsn, OptionalLong> ids = (Map<Bsn, OptionalLong>) transactie.getResource(SLEUTEL);
        if (ids == null && maak) {
            ids = new HashMap<>();
            transactie.putResource(SLEUTEL, ids);
        }
        return ids;
    }
}
