package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;

/** One partition per zorgkantoor region with waiting-list data; a restart keeps the plan of the first run. */
@Dependent
@Named("RegioPartitieMapper")
public class RegioPartitieMapper implements PartitionMapper {

    @EJB
    private ToezichtCijfersService cijfers;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> regios = cijfers.regios();
        Properties[] props = new Properties[regios.size()];
        for (int i = 0; i < regios.size(); i++) {
            props[i] = new Properties();
            props[i].setProperty("regio", regios.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(regios.size());
        plan.setPartitionProperties(props);
        // Two partitions at a time per job: the batch pool has 4 threads and both nightly jobs run together.
        plan.setThreads(Math.max(1, Math.min(2, regios.size())));
        return plan;
    }
}
