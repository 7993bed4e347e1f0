package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefimport;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefversie;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;
import nl.zorgkantoor.wlz.budget.domain.tarief.TestTarieven;
import nl.zorgkantoor.wlz.budget.infrastructure.BudgetSchema;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.platform.ContextSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema migrations plus the CSV-loading Java migration on a real database: H2 by default, PostgreSQL when
 * {@code -Dbudget.test.db.url=jdbc:postgresql://127.0.0.1:5432/wlz_budget} is given (then a fresh schema is used).
 */
class TariefMigratieTest {

    @Test
    void deMigratieLaadtDeCsvBestandenVolledigEnLeesbaar() throws SQLException {
        javax.sql.DataSource dataSource = dataSource();
        var resultaat = ContextSchema.migreer(dataSource, "budget", getClass().getClassLoader(),
                BudgetSchema.javaMigraties());
        assertThat(resultaat.success).isTrue();
        try (Connection connection = dataSource.getConnection()) {
            List<Tariefset> versies = TariefsetLezer.leesAlle(connection);
            assertThat(versies).hasSize(1);
            Tariefset uitDatabase = versies.get(0);
            Tariefset uitCsv = TestTarieven.set();
            assertThat(uitDatabase.profieltarieven()).containsExactlyInAnyOrderElementsOf(uitCsv.profieltarieven());
            assertThat(uitDatabase.toeslagen()).containsExactlyInAnyOrderElementsOf(uitCsv.toeslagen());
            assertThat(uitDatabase.mptModules()).containsExactlyInAnyOrderElementsOf(uitCsv.mptModules());
            assertThat(uitDatabase.parameters()).containsExactlyInAnyOrderElementsOf(uitCsv.parameters());
            assertThat(Tarieftabel.van(versies).pgbPlafondCenten(Zorgprofiel.VV5, 2024)).isEqualTo(6_588_000L);

            // a version is never overwritten in place
            assertThatThrownBy(() -> TariefsetSchrijver.schrijf(connection, uitCsv,
                    new Tariefversie(1, "nogmaals", "test", "test", Instant.now()))).isInstanceOf(SQLException.class);

            // RULES B-03: a BEHEERDER's version 2 for 2026 replaces 2026 as a whole; 2025 and version 1 stay as they were
            Tariefset correctie = Tariefimport.controleer(2, TestTarieven.alleenJaar(2026, "195.00"),
                    uitCsv.jaren());
            TariefsetSchrijver.schrijf(connection, correctie,
                    new Tariefversie(2, "Correctie 2026", "upload tarieven-2026.csv", "beheerder", Instant.now()));
            List<Tariefset> na = TariefsetLezer.leesAlle(connection);
            assertThat(na).hasSize(2);
            assertThat(na.get(0).profieltarieven()).containsExactlyInAnyOrderElementsOf(uitCsv.profieltarieven());
            Tarieftabel tabel = Tarieftabel.van(na);
            assertThat(tabel.profieltarief(Zorgprofiel.VV5, 2026).vptExclBh()).isEqualByComparingTo("195.00");
            assertThat(tabel.profieltarief(Zorgprofiel.VV5, 2025))
                    .isEqualTo(Tarieftabel.van(uitCsv).profieltarief(Zorgprofiel.VV5, 2025));
        }
        // a second run finds nothing to do and validates the CSV checksum
        assertThat(ContextSchema.migreer(dataSource, "budget", getClass().getClassLoader(),
                BudgetSchema.javaMigraties()).migrationsExecuted).isZero();
    }

    private static javax.sql.DataSource dataSource() throws SQLException {
        String url = System.getProperty("budget.test.db.url");
        if (url == null || url.isBlank()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:tarief" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return h2;
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("drop schema if exists budget cascade");
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser("postgres");
        return pg;
    }
}
