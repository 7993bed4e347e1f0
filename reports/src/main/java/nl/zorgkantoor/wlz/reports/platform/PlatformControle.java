package nl.zorgkantoor.wlz.reports.platform;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/** Proves the application database answers from inside a job step; the exit status says what it saw. */
// @Dependent: with bean-discovery-mode "annotated" a plain @Named class is no bean and JBeret cannot find it.
@Dependent
@Named("PlatformControle")
public class PlatformControle extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PlatformControle.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select 1")) {
            rs.next();
            String database = c.getMetaData().getDatabaseProductName();
            LOG.info(() -> "PlatformControleJob: database " + database + " antwoordt");
            // The job's exit status, not only the step's, so the caller sees what the check found.
            jobContext.setExitStatus("DATABASE=" + database);
            return jobContext.getExitStatus();
        }
    }
}
