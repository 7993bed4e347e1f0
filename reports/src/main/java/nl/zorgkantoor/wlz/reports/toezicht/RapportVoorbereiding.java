package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;

/** A forced run starts from scratch: the figures stored by an earlier run of the peildatum are forgotten. */
@Dependent
@Named("RapportVoorbereiding")
public class RapportVoorbereiding extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @EJB
    private RapportArchief archief;

    @Override
    public String process() {
        if (RapportParameters.geforceerd(job)) {
            archief.wisCijfers(RapportParameters.rapport(job), RapportParameters.peildatum(job));
            return "GEWIST";
        }
        return "BEHOUDEN";
    }
}
