package nl.zorgkantoor.wlz.budget.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.infrastructure.tarief.V2__Tarieven_2015_2026;
import nl.zorgkantoor.wlz.kernel.platform.ContextSchema;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the "budget" schema to the newest migration when the application starts, before any use case runs.
 * Bean-managed: Flyway commits each migration itself. The tariff data come from CSV files through Java migrations,
 * listed here explicitly (see {@link nl.zorgkantoor.wlz.budget.infrastructure.tarief.CsvTariefMigratie}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class BudgetSchema {

    private static final Logger LOG = Logger.getLogger(BudgetSchema.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void migreer() {
        var resultaat = ContextSchema.migreer(dataSource, "budget", getClass().getClassLoader(),
                javaMigraties());
        LOG.info(() -> "Schema budget: " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, versie "
                + resultaat.targetSchemaVersion);
    }

    /** Every CSV-loading migration; add the next tariff version's migration here. */
    public static JavaMigration[] javaMigraties() {
        return new JavaMigration[] {new V2__Tarieven_2015_2026()};
    }
}
