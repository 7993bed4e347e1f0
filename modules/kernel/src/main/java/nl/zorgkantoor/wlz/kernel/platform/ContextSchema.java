package nl.zorgkantoor.wlz.kernel.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
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
        return flyway.migrate();
    }
}
