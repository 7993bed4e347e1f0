package nl.zorgkantoor.wlz.reports;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.reports.toezicht.RapportParameters;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/**
 * The one facade that starts and follows batch jobs. Jobs packaged in this module are visible only to this
 * module's JobOperator, so the UI, the scheduler and the tests all start jobs through here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RapportJobs {

    /** Check-and-start of a report is one step per JVM, so two simultaneous requests cannot both pass the guard. */
    private static final Object START = new Object();

    @EJB
    private RapportArchief archief;

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    public long start(String jobNaam, Properties parameters) {
        return operator().start(jobNaam, parameters);
    }

    public long herstart(long executieId, Properties parameters) {
        return operator().restart(executieId, parameters);
    }

    /**
     * Starts a nightly report for a peildatum. Refused while a run for the same report and peildatum is going, and
     * when that peildatum was already reported, unless {@code geforceerd}.
     *
     * @throws RapportNietGestart with the reason in Dutch
     */
    public long startRapport(Rapportsoort rapport, LocalDate peildatum, boolean geforceerd) {
        return startRapport(rapport, RapportParameters.van(peildatum, geforceerd));
    }

    /** As {@link #startRapport(Rapportsoort, LocalDate, boolean)} with extra parameters (the tests' storing). */
    public long startRapport(Rapportsoort rapport, Properties parameters) {
        String jobNaam = RapportParameters.jobNaam(rapport);
        String peildatum = parameters.getProperty(RapportParameters.PEILDATUM);
        LocalDate datum = LocalDate.parse(peildatum);
        synchronized (START) {
            for (long lopend : lopend(jobNaam)) {
                if (peildatum.equals(operator().getParameters(lopend).getProperty(RapportParameters.PEILDATUM))) {
                    throw new RapportNietGestart(rapport.titel() + " voor peildatum " + peildatum
                            + " loopt al (executie " + lopend + ")");
                }
            }
            if (!Boolean.parseBoolean(parameters.getProperty(RapportParameters.GEFORCEERD))
                    && archief.isAfgerond(rapport, datum)) {
                throw new RapportNietGestart(rapport.titel() + " voor peildatum " + peildatum
                        + " is al gemaakt; start geforceerd om opnieuw te rapporteren");
            }
            return operator().start(jobNaam, parameters);
        }
    }

    /** Restarts a failed or stopped report run with its own peildatum; it resumes from its checkpoints. */
    public long herstartRapport(long executieId) {
        Properties oud = operator().getParameters(executieId);
        Properties nieuw = RapportParameters.van(LocalDate.parse(oud.getProperty(RapportParameters.PEILDATUM)),
                Boolean.parseBoolean(oud.getProperty(RapportParameters.GEFORCEERD)));
        // JBeret merges restart parameters over the original ones: clear a test's induced failure explicitly.
        nieuw.setProperty(RapportParameters.STORING, "");
        return operator().restart(executieId, nieuw);
    }

    public JobStatus status(long executieId) {
        JobExecution executie = operator().getJobExecution(executieId);
        return new JobStatus(executieId, executie.getJobName(), executie.getBatchStatus().name(),
                executie.getExitStatus());
    }

    public List<StapStatus> stappen(long executieId) {
        List<StapStatus> uit = new ArrayList<>();
        for (StepExecution s : operator().getStepExecutions(executieId)) {
            uit.add(new StapStatus(s.getStepName(), s.getBatchStatus().name(), metriek(s, Metric.MetricType.READ_COUNT),
                    metriek(s, Metric.MetricType.WRITE_COUNT), metriek(s, Metric.MetricType.COMMIT_COUNT)));
        }
        return uit;
    }

    /**
     * The partitions of a step while it runs: how many were begun and how many finished. The standard API shows a
     * partitioned step's counts only when the whole step ends; JBeret writes a partition's row when it submits the
     * partition, and its final status once all partitions are submitted.
     */
    public PartitieVoortgang partities(long executieId, String stap) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN p.batchstatus = 'COMPLETED' THEN 1 ELSE 0 END), 0)"
                        + " FROM partition_execution p JOIN step_execution s ON s.stepexecutionid = p.stepexecutionid"
                        + " WHERE s.jobexecutionid = ? AND s.stepname = ?")) {
            st.setLong(1, executieId);
            st.setString(2, stap);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new PartitieVoortgang(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Voortgang van executie " + executieId + " niet leesbaar", e);
        }
    }

    private static long metriek(StepExecution s, Metric.MetricType type) {
        for (Metric m : s.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static List<Long> lopend(String jobNaam) {
        try {
            return operator().getRunningExecutions(jobNaam);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
