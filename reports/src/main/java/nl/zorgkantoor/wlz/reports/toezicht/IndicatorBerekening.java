package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;

/** Computes one indicator with the toezicht context's set-based queries. */
@Dependent
@Named("IndicatorBerekening")
public class IndicatorBerekening implements ItemProcessor {

    @Inject
    private JobContext job;

    @EJB
    private ToezichtCijfersService cijfers;

    @Override
    public Object processItem(Object item) {
        RegioIndicator ri = (RegioIndicator) item;
        if (RapportParameters.storing(job).equals(ri.regio() + ":" + ri.indicator().name())) {
            throw new IllegalStateException("Opgewekte storing bij " + ri.indicator() + " in regio " + ri.regio());
        }
        return cijfers.bereken(ri.indicator(), ri.regio(), RapportParameters.peildatum(job));
    }
}
