package nl.zorgkantoor.wlz.reports.platform;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/** Proves the application database answers from inside a job step; the exit status says what it saw. */
@Named("PlatformControle")
public class PlatformControle extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PlatformControle.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Override
    public String process() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select 1")) {
            rs.next();
            String database = c.getMetaData().getDatabaseProductName();
            LOG.info(() -> "PlatformControleJob: database " + database + " antwoordt");
            return "DATABASE=" + database;
        }
    }
}
