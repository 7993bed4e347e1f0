package nl.zorgkantoor.wlz.kernel.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the versioned migrations of one bounded context. Each context owns its tables (STYLE habit 4): it has its
 * own database schema named after the context, its own migration folder {@code db/migration/<context>} and its own
 * Flyway history in that schema, so contexts evolve independently and never need each other's scripts.
 */
public final class ContextSchema {

    private ContextSchema() {
    }

    /**
     * @param classLoader the context module's class loader: inside the EAR each module sees only its own
     *                    resources, and Flyway must scan that module's migration folder.
     */
    public static MigrateResult migreer(DataSource dataSource, String context, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(context)
                .defaultSchema(context)
                .createSchemas(true)
                .locations("classpath:db/migration/" + context)
                .load();
        return flyway.migrate();
    }
}
