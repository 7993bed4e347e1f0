package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table; each method is its own short transaction when the sender calls it. */
@Stateless
public class UitgaandRepository {

    @PersistenceContext(unitName = "uitwisseling")
    private EntityManager em;

    public UitgaandBericht bewaar(UitgaandBericht bericht) {
        em.persist(bericht);
        return bericht;
    }

    public Optional<UitgaandBericht> zoek(long id) {
        return Optional.ofNullable(em.find(UitgaandBericht.class, id));
    }

    /** The ids of messages whose next attempt is due, oldest first, one batch. */
    public List<Long> teVerzenden(Instant nu, int max) {
        return em.createQuery("select u.id from UitgaandBericht u where u.status = :status"
                        + " and u.volgendePoging <= :nu order by u.volgendePoging", Long.class)
                .setParameter("status", UitgaandBericht.TE_VERZENDEN).setParameter("nu", nu)
                .setMaxResults(max).getResultList();
    }
}
