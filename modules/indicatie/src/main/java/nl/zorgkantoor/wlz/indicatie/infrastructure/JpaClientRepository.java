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
        return em.createQuery("select c from Client c where c.bsn = :bsn", Client.class)
                .setParameter("bsn", bsn.waarde())
                .getResultStream()
                .findFirst();
    }
}
