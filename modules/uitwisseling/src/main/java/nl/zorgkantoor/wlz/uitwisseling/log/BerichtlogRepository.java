package nl.zorgkantoor.wlz.uitwisseling.log;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    // native SQL names the schema itself: hibernate.default_schema applies to mapped entities only
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

    /** Writes the finished entry and the BSNs of its clients, so the log can be searched by BSN. */
    public void legVast(Berichtlog log, java.util.Collection<String> bsns) {
        em.persist(log);
        em.flush();
        registreerBsns(log.id(), bsns);
    }

    public Optional<Berichtlog> zoek(long id) {
        return Optional.ofNullable(em.find(Berichtlog.class, id));
    }

    /** The newest messages first, one page (server-side paging for the admin UI). */
    public List<Berichtlog> recent(int eerste, int aantal) {
        return em.createQuery("select b from Berichtlog b order by b.ontvangenOp desc, b.id desc", Berichtlog.class)
                .setFirstResult(eerste).setMaxResults(aantal).getResultList();
    }

    /** The clients of a message, so the log can be searched by BSN. */
    public void registreerBsns(long berichtId, java.util.Collection<String> bsns) {
        for (String bsn : new java.util.TreeSet<>(bsns)) {
            em.createNativeQuery("insert into uitwisseling.bericht_bsn (bericht_id, bsn) values (?1, ?2)")
                    .setParameter(1, berichtId).setParameter(2, bsn).executeUpdate();
        }
    }

    public Optional<EerderOntvangen> eerderOntvangen(String afzender, String berichtsoort, String identificatie) {
        List<?> rijen = em.createNativeQuery("select inhoud_hash, bericht_id from uitwisseling.ontvangen_identificatie"
                        + " where afzender = ?1 and berichtsoort = ?2 and identificatie = ?3")
                .setParameter(1, afzender).setParameter(2, berichtsoort).setParameter(3, identificatie)
                .getResultList();
        return rijen.stream().findFirst().map(r -> {
            Object[] rij = (Object[]) r;
            return new EerderOntvangen(String.valueOf(rij[0]), ((Number) rij[1]).longValue());
        });
    }

    /** TR056: claims the Identificatie; the primary key makes a concurrent duplicate fail its transaction. */
    public void registreerIdentificatie(String afzender, String berichtsoort, String identificatie, String hash,
                                        long berichtId) {
        em.createNativeQuery("insert into uitwisseling.ontvangen_identificatie (afzender, berichtsoort, identificatie,"
                        + " inhoud_hash, bericht_id) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, afzender).setParameter(2, berichtsoort).setParameter(3, identificatie)
                .setParameter(4, hash).setParameter(5, berichtId)
                .executeUpdate();
    }

    public Optional<String> aanleverstatus(String sleutel) {
        List<?> rijen = em.createNativeQuery("select status from uitwisseling.aanlevering where sleutel = ?1")
                .setParameter(1, sleutel).getResultList();
        // a one-character column comes back as a Character
        return rijen.stream().findFirst().map(String::valueOf);
    }

    public void zetAanleverstatus(String sleutel, String berichtsoort, String bsn, String status, long berichtId,
                                  Instant tijdstip) {
        int bijgewerkt = em.createNativeQuery("update uitwisseling.aanlevering set status = ?2, bericht_id = ?3, gewijzigd_op = ?4"
                        + " where sleutel = ?1")
                .setParameter(1, sleutel).setParameter(2, status).setParameter(3, berichtId)
                .setParameter(4, Timestamp.from(tijdstip)).executeUpdate();
        if (bijgewerkt == 0) {
            em.createNativeQuery("insert into uitwisseling.aanlevering (sleutel, berichtsoort, bsn, status, bericht_id,"
                            + " gewijzigd_op) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, sleutel).setParameter(2, berichtsoort).setParameter(3, bsn)
                    .setParameter(4, status).setParameter(5, berichtId).setParameter(6, Timestamp.from(tijdstip))
                    .executeUpdate();
        }
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
