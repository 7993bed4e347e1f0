package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.indicatie.domain.Indicatiebesluit;
import nl.zorgkantoor.wlz.indicatie.domain.IndicatiebesluitRepository;
import nl.zorgkantoor.wlz.kernel.Bsn;

@ApplicationScoped
public class JpaIndicatiebesluitRepository implements IndicatiebesluitRepository {

    @PersistenceContext(unitName = "indicatie")
    private EntityManager em;

    @Override
    public Indicatiebesluit bewaar(Indicatiebesluit besluit) {
        em.persist(besluit);
        return besluit;
    }

    @Override
    public List<Indicatiebesluit> vanClient(long clientId) {
        return em.createQuery("select b from Indicatiebesluit b where b.clientId = :client"
                        + " order by b.besluitnummer desc", Indicatiebesluit.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    @Override
    public Optional<Indicatiebesluit> geldigOp(long clientId, LocalDate peildatum) {
        return em.createQuery("select b from Indicatiebesluit b where b.clientId = :client"
                        + " and b.ingangsdatum <= :peil and (b.einddatum is null or b.einddatum >= :peil)"
                        + " order by b.besluitnummer desc", Indicatiebesluit.class)
                .setParameter("client", clientId)
                .setParameter("peil", peildatum)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Long> hoogsteBesluitnummer(Bsn bsn) {
        // one scalar query, also for a client not known yet (TR079 asks for every IO31)
        return Optional.ofNullable(em.createQuery("select max(b.besluitnummer) from Indicatiebesluit b"
                        + " where b.clientId = (select c.id from Client c where c.bsn = :bsn)", Long.class)
                .setParameter("bsn", bsn.waarde())
                .getSingleResult());
    }
}
