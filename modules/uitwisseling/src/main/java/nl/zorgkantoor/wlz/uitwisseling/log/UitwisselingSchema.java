package nl.zorgkantoor.wlz.uitwisseling.log;

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

/** Brings the "uitwisseling" schema (message log) to the newest migration before any message is accepted. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class UitwisselingSchema {

    private static final Logger LOG = Logger.getLogger(UitwisselingSchema.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void migreer() {
        var resultaat = ContextSchema.migreer(dataSource, "uitwisseling", getClass().getClassLoader());
        LOG.info(() -> "Schema uitwisseling: " + resultaat.migrationsExecuted + " migratie(s) uitgevoerd, versie "
                + resultaat.targetSchemaVersion);
    }
}
