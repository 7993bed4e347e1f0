package nl.zorgkantoor.wlz.kernel.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
}
