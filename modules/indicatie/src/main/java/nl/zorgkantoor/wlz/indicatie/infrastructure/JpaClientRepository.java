package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.OptionalLong;
import nl.zorgkantoor.wlz.indicatie.domain.Client;
import nl.zorgkantoor.wlz.indicatie.domain.ClientRepository;
import nl.zorgkantoor.wlz.kernel.Bsn;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

    @PersistenceContext(unitName = "indicatie")
    private EntityManager em;

    @Inject
    private ClientIdsPerTransactie bekend;

    @Override
    public Client bewaar(Client client) {
        em.persist(client);
        if (client.id() != null) {
            bekend.onthoud(client.bsn(), OptionalLong.of(client.id()));
        }
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

    @Override
    public OptionalLong idVanBsn(Bsn bsn) {
        return bekend.bekend(bsn).orElseGet(() -> zoekId(bsn));
    }

    private OptionalLong zoekId(Bsn bsn) {
        OptionalLong id = Jdbc.werk(em, c -> {
            try (PreparedStatement select = c.prepareStatement("select id from indicatie.client where bsn = ?")) {
                select.setString(1, bsn.waarde());
                try (ResultSet rij = select.executeQuery()) {
                    return rij.next() ? OptionalLong.of(rij.getLong(1)) : OptionalLong.empty();
                }
            }
        });
        bekend.onthoud(bsn, id);
        return id;
    }

    @Override
    public long voegToe(Client client) {
        long id = Jdbc.voegToe(em, client, "insert into indicatie.client (id, bsn, voornaam, achternaam, geslacht,"
                + " geboortedatum, regio_code, versie, aangemaakt_op) values (?, ?, ?, ?, ?, ?, ?, 0, ?)", insert -> {
                    insert.setString(2, client.bsn().waarde());
                    insert.setString(3, client.voornaam());
                    insert.setString(4, client.achternaam());
                    insert.setString(5, String.valueOf(client.geslacht()));
                    insert.setDate(6, Jdbc.datum(client.geboortedatum()));
                    insert.setString(7, client.regio().code());
                    insert.setTimestamp(8, Timestamp.from(client.aangemaaktOp()));
                });
        bekend.onthoud(client.bsn(), OptionalLong.of(id));
        return id;
    }
}
