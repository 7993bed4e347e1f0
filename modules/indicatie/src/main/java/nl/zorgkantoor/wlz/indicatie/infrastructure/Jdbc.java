package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC for the statements every IO31 runs, on the connection the transaction's Hibernate session already
 * holds. As JPQL queries and managed entities they cost three times their SQL: the query's result handling, and at
 * commit the flush with its action queue and value binding (JFR, bench/RESULTS.md 2026-12-03 avond).
 */
final class Jdbc {

    private Jdbc() {
    }

    static <T> T werk(EntityManager em, ReturningWork<T> werk) {
        return em.unwrap(Session.class).doReturningWork(werk);
    }

    /**
     * Writes a new entity's row with one INSERT whose first parameter is its id, and returns that id; {@code waarden}
     * binds the other columns.
     */
    static long voegToe(EntityManager em, Object entiteit, String insert, Waarden waarden) {
        long id = nieuwId(em, entiteit);
        werk(em, c -> {
            try (PreparedStatement statement = c.prepareStatement(insert)) {
                statement.setLong(1, id);
                waarden.bind(statement);
                return statement.executeUpdate();
            }
        });
        return id;
    }

    /** Binds the columns after the id. */
    interface Waarden {
        void bind(PreparedStatement insert) throws SQLException;
    }

    /**
     * The next id for a new entity, from the entity's own sequence generator, the one {@code persist} uses: a row
     * written here and one written by Hibernate never get the same id, whatever blocks the pooled optimizer holds.
     */
    private static long nieuwId(EntityManager em, Object entiteit) {
        SharedSessionContractImplementor sessie = em.unwrap(SharedSessionContractImplementor.class);
        var generator = (IdentifierGenerator) sessie.getEntityPersister(null, entiteit).getGenerator();
        return ((Number) generator.generate(sessie, entiteit)).longValue();
    }

    /** A date for a DATE column; null stays null (an open Einddatum). */
    static Date datum(LocalDate datum) {
        return datum == null ? null : Date.valueOf(datum);
    }
}
