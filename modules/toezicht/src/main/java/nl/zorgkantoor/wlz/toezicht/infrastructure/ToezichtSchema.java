package nl.zorgkantoor.wlz.toezicht.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.ContextSchema;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * Brings the "toezicht" schema to the newest migration when the application starts, before any use case runs.
 * Bean-managed: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ToezichtSchema {

    private static final Logger LOG = Logger.getLogger(ToezichtSchema.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void migreer() {
        var resultaat = ContextSchema.migreer(dataSource, "toezicht", getClass().getClassLoader());
        LOG.info(() -> "Schema toezicht: " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, versie "
                + resultaat.targetSchemaVersion);
    }
}
