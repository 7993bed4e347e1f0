package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.zorgkantoor.wlz.indicatie.domain.Client;
import nl.zorgkantoor.wlz.indicatie.domain.ClientRepository;
import nl.zorgkantoor.wlz.kernel.Bsn;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

    @PersistenceContext(unitName = "indicatie")
    private EntityManager em;

    @Override
    public Client bewaar(Client client) {
        em.persist(client);
        return client;
    }

    @Override
    public Optional<Client> zoek(long id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    @Override
    public Optional<Client> zoekOpBsn(Bsn bsn) {
        // a list, not getResultStream(): the BSN is unique, and Hibernate streams through a scrollable cursor, more
        // bookkeeping than a list for this one row of every IO31 (JFR, bench/RESULTS.md 2026-12-03 middag)
        return em.createQuery("select c from Client c where c.bsn = :bsn", Client.class)
                .setParameter("bsn", bsn.waarde())
                .getResultList().stream()
                .findFirst();
    }
}
