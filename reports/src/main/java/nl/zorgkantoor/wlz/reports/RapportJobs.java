package nl.zorgkantoor.wlz.reports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;

/**
 * The one facade that starts and follows batch jobs. Jobs packaged in this module are visible only to this
 * module's JobOperator, so the UI, the scheduler and the tests all start jobs through here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RapportJobs {

    public long start(String jobNaam, Properties parameters) {
        return operator().start(jobNaam, parameters);
    }

    public long herstart(long executieId, Properties parameters) {
        return operator().restart(executieId, parameters);
    }

    public JobStatus status(long executieId) {
        JobExecution executie = operator().getJobExecution(executieId);
        return new JobStatus(executieId, executie.getJobName(), executie.getBatchStatus().name(),
                executie.getExitStatus());
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
