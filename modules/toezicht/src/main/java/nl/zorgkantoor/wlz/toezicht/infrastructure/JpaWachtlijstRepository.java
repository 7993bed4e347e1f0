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
import java.util.Optional;
import nl.zorgkantoor.wlz.toezicht.domain.WachtlijstRepository;
import nl.zorgkantoor.wlz.toezicht.domain.Wachtlijstinschrijving;

/**
 * A session bean rather than a CDI bean: the EAR initialises its modules in order, and a CDI bean with a
 * {@code @PersistenceContext} in any module but the first makes Weld wait for a persistence unit that only starts
 * after Weld (deployment fails with "service jboss.persistenceunit ... not found"). EJB injection has no such wait.
 */
@Stateless
@Local(WachtlijstRepository.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaWachtlijstRepository implements WachtlijstRepository {

    @PersistenceContext(unitName = "toezicht")
    private EntityManager em;

    @Override
    public Wachtlijstinschrijving bewaar(Wachtlijstinschrijving inschrijving) {
        if (inschrijving.id() == null) {
            em.persist(inschrijving);
            return inschrijving;
        }
        return em.merge(inschrijving);
    }

    @Override
    public Optional<Wachtlijstinschrijving> openInschrijving(long clientId) {
        // Optimistic force-increment: two AW39s for one client at the same moment cannot both add a status.
        return em.createQuery("select w from Wachtlijstinschrijving w where w.clientId = :client"
                        + " and w.einddatum is null", Wachtlijstinschrijving.class)
                .setParameter("client", clientId)
                .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean kentStatus(long clientId, String statusCode, LocalDate ingangsdatum) {
        return em.createQuery("select count(s) from Wachtstatusregel s where s.clientId = :client"
                        + " and s.status = :status and s.ingangsdatum = :datum", Long.class)
                .setParameter("client", clientId)
                .setParameter("status", statusCode)
                .setParameter("datum", ingangsdatum)
                .getSingleResult() > 0;
    }

    @Override
    public List<Wachtlijstinschrijving> inschrijvingenOp(long clientId, LocalDate peildatum) {
        return em.createQuery("select w from Wachtlijstinschrijving w where w.clientId = :client"
                        + " and w.ingangsdatum <= :peil and (w.einddatum is null or w.einddatum > :peil)",
                        Wachtlijstinschrijving.class)
                .setParameter("client", clientId)
                .setParameter("peil", peildatum)
                .getResultList();
    }
}
