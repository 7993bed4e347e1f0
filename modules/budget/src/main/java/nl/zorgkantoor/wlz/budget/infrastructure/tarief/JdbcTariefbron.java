package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbron;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefversie;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/** The stored tariff versions, read and written with plain JDBC (reference data in batches, no entities needed). */
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

    @Override
    public List<Tariefversie> versies() {
        List<Tariefversie> versies = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select versie, omschrijving, herkomst, geladen_door, geladen_op"
                     + " from budget.tariefversie order by versie desc")) {
            while (rs.next()) {
                versies.add(new Tariefversie(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tariefversies konden niet worden gelezen: " + e.getMessage(), e);
        }
        return versies;
    }

    /** Runs in the caller's transaction: the version and all its rows commit together or not at all. */
    @Override
    public void bewaar(Tariefset set, Tariefversie versie) {
        try (Connection connection = dataSource.getConnection()) {
            TariefsetSchrijver.schrijf(connection, set, versie);
        } catch (SQLException e) {
            throw new IllegalStateException("Tariefversie " + versie.versie() + " kon niet worden opgeslagen: "
                    + e.getMessage(), e);
        }
    }
}
