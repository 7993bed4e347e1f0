package nl.zorgkantoor.wlz.toezicht.infrastructure;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.toezicht.domain.ZorgleveringRepository;
import nl.zorgkantoor.wlz.toezicht.domain.Zorgleveringsperiode;

/** A session bean for the same reason as {@link JpaWachtlijstRepository}. */
@Stateless
@Local(ZorgleveringRepository.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaZorgleveringRepository implements ZorgleveringRepository {

    @PersistenceContext(unitName = "toezicht")
    private EntityManager em;

    @Override
    public void bewaar(Zorgleveringsperiode periode) {
        em.persist(periode);
    }

    @Override
    public boolean bestaat(long clientId, String aanbieder, String zorgprofiel, LocalDate begindatum) {
        return em.createQuery("select count(z) from Zorgleveringsperiode z where z.clientId = :client"
                        + " and z.aanbieder = :aanbieder and z.zorgprofiel = :profiel and z.begindatum = :begin",
                        Long.class)
                .setParameter("client", clientId).setParameter("aanbieder", aanbieder)
                .setParameter("profiel", zorgprofiel).setParameter("begin", begindatum)
                .getSingleResult() > 0;
    }

    @Override
    public List<Zorgleveringsperiode> open(long clientId, String aanbieder) {
        return em.createQuery("select z from Zorgleveringsperiode z where z.clientId = :client"
                        + " and z.aanbieder = :aanbieder and z.einddatum is null order by z.begindatum, z.id",
                        Zorgleveringsperiode.class)
                .setParameter("client", clientId).setParameter("aanbieder", aanbieder)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Zorgleveringsperiode> vanClient(long clientId, int maximum) {
        return em.createQuery("select z from Zorgleveringsperiode z where z.clientId = :client"
                        + " order by z.begindatum desc, z.id desc", Zorgleveringsperiode.class)
                .setParameter("client", clientId)
                .setMaxResults(maximum)
                .getResultList();
    }
}
