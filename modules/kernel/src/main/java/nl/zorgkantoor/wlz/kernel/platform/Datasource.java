package nl.zorgkantoor.wlz.kernel.platform;

/** Logical names of the server resources the application uses; the values are set by the CLI scripts in ear/. */
public final class Datasource {

    /** The application database: H2 file by default, PostgreSQL in production (see README). */
    public static final String JNDI = "java:jboss/datasources/WlzDS";

    private Datasource() {
    }
}
