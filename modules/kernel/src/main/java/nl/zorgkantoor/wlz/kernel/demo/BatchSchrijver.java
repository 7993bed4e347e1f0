package nl.zorgkantoor.wlz.kernel.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes a demo population in JDBC batches, one transaction per batch, so that loading 450,000 clients needs
 * neither one transaction per row nor one huge transaction. Used by each context's demo loader for its own tables.
 */
public final class BatchSchrijver {

    /** Fills the statement's parameters for client {@code nummer}; returns false to skip the client. */
    @FunctionalInterface
    public interface Rij {
        boolean vul(PreparedStatement statement, DemoClient client) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(BatchSchrijver.class.getName());
    private static final int BATCH = 1_000;

    private BatchSchrijver() {
    }

    /** @return the number of rows written */
    public static long schrijf(DataSource dataSource, DemoPopulatie populatie, String sql, Rij rij) {
        long geschreven = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int inBatch = 0;
                for (long nummer = 1; nummer <= populatie.aantal(); nummer++) {
                    if (rij.vul(statement, populatie.client(nummer))) {
                        statement.addBatch();
                        inBatch++;
                        geschreven++;
                    }
                    if (inBatch == BATCH) {
                        statement.executeBatch();
                        connection.commit();
                        inBatch = 0;
                    }
                    if (nummer % 50_000 == 0) {
                        LOG.info("Demodata: " + nummer + " van " + populatie.aantal() + " cliënten verwerkt");
                    }
                }
                statement.executeBatch();
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demodata laden mislukt: " + e.getMessage(), e);
        }
        return geschreven;
    }

    /** True when {@code tabel} (schema.table) has no rows: demo data is only loaded into empty tables. */
    public static boolean isLeeg(DataSource dataSource, String tabel) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from (select 1 from " + tabel
                     + " fetch first 1 rows only) t")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Kan tabel " + tabel + " niet lezen: " + e.getMessage(), e);
        }
    }

    /**
     * Restarts {@code sequence} (schema.name) above the ids a demo loader wrote. Hibernate's pooled optimizer
     * (allocationSize 50) takes the value it reads as the top of a block of 50 ids, so the sequence restarts one
     * block above the highest id; restarting just above it gave the first AW35 after a fresh demo load the id of a
     * demo row (duplicate key).
     */
    public static void zetSequenceBoven(DataSource dataSource, String sequence, long hoogsteId) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("alter sequence " + sequence + " restart with " + (hoogsteId + 1 + 50));
        } catch (SQLException e) {
            throw new IllegalStateException("Sequence " + sequence + " bijwerken mislukt: " + e.getMessage(), e);
        }
    }
}
