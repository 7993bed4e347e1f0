package nl.zorgkantoor.wlz.admin.toegang;

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

/** Migrates the "toegang" schema (users and roles read by the server's login realm) at start-up. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ToegangSchema {

    private static final Logger LOG = Logger.getLogger(ToegangSchema.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void migreer() {
        var resultaat = ContextSchema.migreer(dataSource, "toegang", getClass().getClassLoader());
        LOG.info(() -> "Schema toegang: " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, versie "
                + resultaat.targetSchemaVersion);
    }
}
