package nl.zorgkantoor.wlz.budget.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * One partition per region of the job parameter {@code regios}; the regions are planned as progress rows first, so
 * the UI shows every region as waiting from the start. Two partitions at a time: the batch pool has 4 threads and
 * the nightly report jobs share it.
 */
@Dependent
@Named("SignaalRegioMapper")
public class SignaalRegioMapper implements PartitionMapper {

    @Inject
    @BatchProperty(name = "regios")
    private String regios;

    @Inject
    @BatchProperty(name = "peildatum")
    private String peildatum;

    @Inject
    private JobContext job;

    @Inject
    private Signaalrunopslag voortgang;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> lijst = Arrays.stream(regios.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        voortgang.plan(job.getExecutionId(), LocalDate.parse(peildatum), lijst);
        Properties[] props = new Properties[lijst.size()];
        for (int i = 0; i < lijst.size(); i++) {
            props[i] = new Properties();
            props[i].setProperty("regio", lijst.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(lijst.size());
        plan.setPartitionProperties(props);
        plan.setThreads(Math.max(1, Math.min(2, lijst.size())));
        return plan;
    }
}
