package nl.zorgkantoor.wlz.kernel.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the versioned migrations of one bounded context. Each context owns its tables (STYLE habit 4): it has its
 * own database schema named after the context, its own migration folder {@code db/migration/<context>} and its own
 * Flyway history in that schema, so contexts evolve independently and never need each other's scripts.
 */
public final class ContextSchema {

    private static final Logger LOG = Logger.getLogger(ContextSchema.class.getName());

    private ContextSchema() {
    }

    /**
     * @param classLoader the context module's class loader: inside the EAR each module sees only its own
     *                    resources, and Flyway must scan that module's migration folder.
     */
    public static MigrateResult migreer(DataSource dataSource, String context, ClassLoader classLoader) {
        return migreer(dataSource, context, classLoader, new JavaMigration[0]);
    }

    /**
     * As {@link #migreer(DataSource, String, ClassLoader)}, plus Java migrations registered explicitly (e.g. one
     * that loads CSV data): class scanning inside an EAR is not something to rely on, an explicit list is.
     */
    public static MigrateResult migreer(DataSource dataSource, String context, ClassLoader classLoader,
                                        JavaMigration... javaMigraties) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .javaMigrations(javaMigraties)
                .schemas(context)
                .defaultSchema(context)
                .createSchemas(true)
                .locations("classpath:db/migration/" + context)
                .load();
        try {
            return flyway.migrate();
        } catch (FlywayException e) {
            // One line an operator can act on; the cause stays attached for the log file.
            String melding = "Schema " + context + " kan niet worden bijgewerkt: " + kern(e)
                    + " Controleer WLZ_DB_URL, WLZ_DB_USER en WLZ_DB_PASSWORD (README, Configuratie).";
            LOG.severe(melding);
            throw new IllegalStateException(melding, e);
        }
    }

    private static String kern(Throwable e) {
        Throwable diepste = e;
        while (diepste.getCause() != null && diepste.getCause() != diepste) {
            diepste = diepste.getCause();
        }
        String bericht = diepste.getMessage();
        return bericht == null ? diepste.getClass().getSimpleName() : bericht.lines().findFirst().orElse("");
    }
}
