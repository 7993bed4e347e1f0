package nl.zorgkantoor.wlz.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * After a crash (kill -9, power loss) the JDBC job repository still says STARTED for the runs that were going: no
 * JVM will ever finish them. Left like that, {@link RapportJobs#startRapport} refuses the peildatum forever ("loopt
 * al") and the UI shows a run that does not move. At deploy, before this server starts any job, such runs are
 * marked FAILED, so that {@link RapportJobs#herstartRapport} resumes them from their last checkpoint.
 *
 * <p>Only the job execution is marked, as JBeret's own restart mode "force" does. The steps and partitions stay
 * STARTED on purpose: for a partitioned step left STARTED, JBeret's restart reads every partition of the plan and
 * adds the ones that never started (a partition's row is written only when it is submitted); for a step marked
 * FAILED it would rerun only the partitions that have a row, and the regions not yet begun would be missing from
 * the report (found by ServerKillIT).
 *
 * <p>This assumes one server per job repository (the platform's set-up): with several nodes sharing the
 * repository a STARTED run may be alive on another node and must not be touched.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AfgebrokenRuns {

    private static final Logger LOG = Logger.getLogger(AfgebrokenRuns.class.getName());
    static final String EXIT_STATUS = "AFGEBROKEN: server gestopt tijdens de run";
    private static final List<String> JOBS = List.of("WachtlijstRapportJob", "ZorgplichtRapportJob",
            "PlatformControleJob");
    private static final String LOPEND = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void markeer() {
        // JBeret's own tables (jberet-core's DDL, identical on H2 and PostgreSQL), not the JobOperator: at deploy the
        // server is still suspended, and WildFly's JobOperatorService then refused now and then with "has been
        // stopped" (WFLYBATCH000004, ServerKillIT in CI), which left the crashed run STARTED. Nothing of this JVM has
        // the rows cached yet, because no job ran here before this bean.
        try (Connection c = dataSource.getConnection()) {
            if (!heeftJobRepository(c)) {
                return; // a fresh database: JBeret creates its tables with the first job, and nothing crashed
            }
            List<Long> afgebroken = lopend(c);
            for (long executie : afgebroken) {
                markeer(c, executie);
            }
            if (!afgebroken.isEmpty()) {
                LOG.warning(() -> "Rapportruns afgebroken door een vorige serverstop, gemarkeerd als FAILED (herstart "
                        + "ze vanaf hun checkpoint): executies " + afgebroken);
            }
        } catch (SQLException | RuntimeException e) {
            // never block the deploy over this: the runs stay STARTED and the log says why
            LOG.log(Level.SEVERE, "Afgebroken rapportruns konden niet worden gemarkeerd", e);
        }
    }

    private static boolean heeftJobRepository(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String naam : List.of("job_execution", "JOB_EXECUTION")) {
            try (ResultSet tabellen = meta.getTables(null, null, naam, null)) {
                if (tabellen.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Long> lopend(Connection c) throws SQLException {
        List<Long> lopend = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT e.jobexecutionid FROM job_execution e"
                + " JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid"
                + " WHERE e.batchstatus IN " + LOPEND + " AND i.jobname IN ("
                + String.join(", ", Collections.nCopies(JOBS.size(), "?")) + ") ORDER BY e.jobexecutionid")) {
            for (int i = 0; i < JOBS.size(); i++) {
                st.setString(i + 1, JOBS.get(i));
            }
            try (ResultSet rij = st.executeQuery()) {
                while (rij.next()) {
                    lopend.add(rij.getLong(1));
                }
            }
        }
        return lopend;
    }

    private static void markeer(Connection c, long executie) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE job_execution SET batchstatus = 'FAILED',"
                + " exitstatus = ?, endtime = CURRENT_TIMESTAMP, lastupdatedtime = CURRENT_TIMESTAMP"
                + " WHERE batchstatus IN " + LOPEND + " AND jobexecutionid = ?")) {
            st.setString(1, EXIT_STATUS);
            st.setLong(2, executie);
            st.executeUpdate();
        }
    }
}
