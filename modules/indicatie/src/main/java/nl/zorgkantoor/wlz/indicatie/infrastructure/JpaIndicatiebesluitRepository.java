package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.zorgkantoor.wlz.indicatie.domain.Indicatiebesluit;
import nl.zorgkantoor.wlz.indicatie.domain.IndicatiebesluitRepository;
import nl.zorgkantoor.wlz.kernel.Bsn;

@ApplicationScoped
public class JpaIndicatiebesluitRepository implements IndicatiebesluitRepository {

    @PersistenceContext(unitName = "indicatie")
    private EntityManager em;

    @Inject
    private ClientIdsPerTransactie bekend;

    @Override
    public long voegToe(Indicatiebesluit besluit) {
        return Jdbc.voegToe(em, besluit, "insert into indicatie.indicatiebesluit (id, client_id, besluitnummer,"
                + " zorgprofiel, leveringsvorm_voorkeur, ingangsdatum, einddatum, meerzorg_onderzoek, ontvangen_op,"
                + " afgiftedatum, grondslag_1, grondslag_2) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", insert -> {
                    insert.setLong(2, besluit.clientId());
                    insert.setLong(3, besluit.besluitnummer());
                    insert.setString(4, besluit.zorgprofiel().name());
                    insert.setString(5, besluit.leveringsvormVoorkeur() == null ? null
                            : besluit.leveringsvormVoorkeur().name());
                    insert.setDate(6, Jdbc.datum(besluit.geldigheid().begin()));
                    insert.setDate(7, Jdbc.datum(besluit.geldigheid().eind()));
                    insert.setBoolean(8, besluit.meerzorgOnderzoek());
                    insert.setTimestamp(9, Timestamp.from(besluit.ontvangenOp()));
                    insert.setDate(10, Jdbc.datum(besluit.afgiftedatum()));
                    insert.setString(11, besluit.grondslag1());
                    insert.setString(12, besluit.grondslag2());
                });
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
        // one scalar query, also for a client not known yet (TR079 asks for every IO31); plain JDBC on the session's
        // connection: as a JPQL query Hibernate's result handling cost as much as the SQL (JFR, bench/RESULTS.md
        // 2026-12-03 middag). No flush is needed first: this transaction has not written the client yet. The
        // client's id comes along, for storing the besluit later in this transaction.
        return Jdbc.werk(em, c -> {
            try (PreparedStatement select = c.prepareStatement("select c.id, (select max(b.besluitnummer)"
                    + " from indicatie.indicatiebesluit b where b.client_id = c.id)"
                    + " from indicatie.client c where c.bsn = ?")) {
                select.setString(1, bsn.waarde());
                try (ResultSet rij = select.executeQuery()) {
                    if (!rij.next()) {
                        bekend.onthoud(bsn, OptionalLong.empty());
                        return Optional.<Long>empty();
                    }
                    bekend.onthoud(bsn, OptionalLong.of(rij.getLong(1)));
                    long hoogste = rij.getLong(2);
                    return rij.wasNull() ? Optional.<Long>empty() : Optional.of(hoogste);
                }
            }
        });
    }
}
