package nl.zorgkantoor.wlz.uitwisseling.log;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The message log, the TR056 idempotency keys and the StatusAanlevering history, in the schema "uitwisseling". A
 * session bean, not a CDI bean: Weld resolved the persistence unit of this module before WildFly had installed it.
 */
@Stateless
public class BerichtlogRepository {

    /** A message already received under a sender, berichtsoort and Identificatie (TR056). */
    public record EerderOntvangen(String inhoudHash, long berichtId) {
    }

    /**
     * Ids in blocks of 50, as bericht_seq increments (V1): one sequence call per 50 messages. A block starts at the
     * value the sequence returned, above every id handed out before (also those of Hibernate's pooled generator).
     */
    private static final Nummerblok NUMMERS = new Nummerblok(50);

    // the SQL of this class names the schema itself: hibernate.default_schema applies to mapped entities only
    @PersistenceContext(unitName = "uitwisseling")
    private EntityManager em;

    /** Numbers the entry and writes it at once (outbound messages, whose row is completed later). */
    public Berichtlog bewaar(Berichtlog log) {
        nieuw(log);
        em.persist(log);
        em.flush();
        return log;
    }

    /**
     * Gives a new entry its id without writing it: an inbound message's row is written once, complete, by
     * {@link #legVast} after its retour (which names the id) is known.
     */
    public Berichtlog nieuw(Berichtlog log) {
        if (log.id() == null) {
            log.nummer(NUMMERS.volgende(() -> ((Number) em.createNativeQuery(
                    "select nextval('uitwisseling.bericht_seq')").getSingleResult()).longValue()));
        }
        return log;
    }

    /**
     * Takes a new inbound entry in: numbers it (its id names the retour before the row exists) and returns the
     * message that already holds its Identificatie, if any (TR056). One call instead of two: every call on this
     * session bean is an EJB invocation (JFR, bench/RESULTS.md 2026-12-03 avond).
     */
    public Optional<EerderOntvangen> ontvang(Berichtlog nieuw) {
        nieuw(nieuw);
        return eerderOntvangen(nieuw.afzender(), nieuw.berichtsoort(), nieuw.identificatie());
    }

    /**
     * Writes the finished entry and the BSNs of its clients, so the log can be searched by BSN. One INSERT of its
     * own instead of persist and flush: the entry is complete and never changes after this, and Hibernate's insert
     * of it cost twice its SQL (JFR, bench/RESULTS.md 2026-12-03 middag).
     */
    public void legVast(Berichtlog log, java.util.Collection<String> bsns) {
        legVast(log, bsns, false);
    }

    /**
     * As {@link #legVast(Berichtlog, java.util.Collection)}; with {@code houdtIdentificatie} the row also claims its
     * Identificatie (TR056, uitwisseling V8): the unique index makes a concurrent duplicate fail its transaction.
     */
    public void legVast(Berichtlog log, java.util.Collection<String> bsns, boolean houdtIdentificatie) {
        jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into uitwisseling.bericht (id, richting,"
                    + " berichtsoort, afzender, ontvanger, identificatie, inhoud_hash, status, retour_codes, toelichting,"
                    + " heen_xml, retour_xml, ontvangen_op, duur_ms, regio, uitgaand_id, houdt_identificatie)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, log.id());
                insert.setString(2, log.richting());
                insert.setString(3, log.berichtsoort());
                insert.setString(4, log.afzender());
                insert.setString(5, log.ontvanger());
                insert.setString(6, log.identificatie());
                insert.setString(7, log.inhoudHash());
                insert.setString(8, log.status().name());
                insert.setString(9, log.retourCodes());
                insert.setString(10, log.toelichting());
                insert.setString(11, log.heenXml());
                insert.setString(12, log.retourXml());
                insert.setTimestamp(13, Timestamp.from(log.ontvangenOp()));
                insert.setLong(14, log.duurMs());
                insert.setString(15, log.regio());
                insert.setObject(16, log.uitgaandId(), java.sql.Types.BIGINT);
                // NULL, not FALSE: a row that claims nothing must never collide in uk_bericht_identificatie
                insert.setObject(17, houdtIdentificatie ? Boolean.TRUE : null, java.sql.Types.BOOLEAN);
                return insert.executeUpdate();
            }
        });
        registreerBsns(log.id(), bsns);
    }

    public Optional<Berichtlog> zoek(long id) {
        return Optional.ofNullable(em.find(Berichtlog.class, id));
    }

    /** The clients of a message, so the log can be searched by BSN. */
    public void registreerBsns(long berichtId, java.util.Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into uitwisseling.bericht_bsn (bericht_id, bsn) values (?, ?)")) {
                for (String bsn : new java.util.TreeSet<>(bsns)) {
                    insert.setLong(1, berichtId);
                    insert.setString(2, bsn);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private Optional<EerderOntvangen> eerderOntvangen(String afzender, String berichtsoort, String identificatie) {
        return jdbc(c -> {
            try (PreparedStatement select = c.prepareStatement("select inhoud_hash, id from uitwisseling.bericht"
                    + " where afzender = ? and berichtsoort = ? and identificatie = ? and houdt_identificatie")) {
                select.setString(1, afzender);
                select.setString(2, berichtsoort);
                select.setString(3, identificatie);
                try (ResultSet rij = select.executeQuery()) {
                    return rij.next() ? Optional.of(new EerderOntvangen(rij.getString(1), rij.getLong(2)))
                            : Optional.<EerderOntvangen>empty();
                }
            }
        });
    }

    public Optional<String> aanleverstatus(String sleutel) {
        return jdbc(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "select status from uitwisseling.aanlevering where sleutel = ?")) {
                select.setString(1, sleutel);
                try (ResultSet rij = select.executeQuery()) {
                    return rij.next() ? Optional.of(rij.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void zetAanleverstatus(String sleutel, String berichtsoort, String bsn, String status, long berichtId,
                                  Instant tijdstip) {
        jdbc(c -> {
            try (PreparedStatement update = c.prepareStatement("update uitwisseling.aanlevering"
                    + " set status = ?, bericht_id = ?, gewijzigd_op = ? where sleutel = ?")) {
                update.setString(1, status);
                update.setLong(2, berichtId);
                update.setTimestamp(3, Timestamp.from(tijdstip));
                update.setString(4, sleutel);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into uitwisseling.aanlevering (sleutel,"
                    + " berichtsoort, bsn, status, bericht_id, gewijzigd_op) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, sleutel);
                insert.setString(2, berichtsoort);
                insert.setString(3, bsn);
                insert.setString(4, status);
                insert.setLong(5, berichtId);
                insert.setTimestamp(6, Timestamp.from(tijdstip));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Runs plain JDBC on the connection this transaction's session already holds. The keys and BSNs are read and
     * written for every message: as Hibernate native queries each one cost four times its SQL (the query plan, the
     * result set's metadata for an unmapped result, the auto-flush check), about a tenth of an IO31's request
     * thread (JFR, bench/RESULTS.md 2026-12-03).
     */
    private <T> T jdbc(ReturningWork<T> werk) {
        return em.unwrap(Session.class).doReturningWork(werk);
    }

    /** The ids of the current block, shared by all instances of this bean and all threads. */
    static final class Nummerblok {
        private final int grootte;
        private long volgende;
        private long grens;

        Nummerblok(int grootte) {
            this.grootte = grootte;
        }

        synchronized long volgende(java.util.function.LongSupplier nieuwBlok) {
            if (volgende == grens) {
                volgende = nieuwBlok.getAsLong();
                grens = volgende + grootte;
            }
            return volgende++;
        }
    }
}
