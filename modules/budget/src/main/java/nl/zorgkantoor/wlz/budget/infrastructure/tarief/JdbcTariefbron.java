package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbron;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/** The stored tariff versions, read with plain JDBC (read-only reference data, no entities needed). */
@ApplicationScoped
public class JdbcTariefbron implements Tariefbron {

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Override
    public List<Tariefset> alleVersies() {
        try (Connection connection = dataSource.getConnection()) {
            return TariefsetLezer.leesAlle(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Tarieftabellen konden niet worden gelezen: " + e.getMessage(), e);
        }
    }
}
