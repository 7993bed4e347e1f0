package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;

/** Archives each PDF with its checksum, the job execution that made it and the data version. */
@Dependent
@Named("ArchiefSchrijver")
public class ArchiefSchrijver extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @EJB
    private RapportArchief archief;

    @EJB
    private ToezichtCijfersService cijfers;

    @Override
    public void writeItems(List<Object> items) {
        String dataVersie = cijfers.dataVersie();
        for (Object item : items) {
            GerenderdRapport r = (GerenderdRapport) item;
            archief.archiveer(RapportParameters.rapport(job), r.regio(), RapportParameters.peildatum(job),
                    job.getExecutionId(), dataVersie, r.aangemaaktOp(), r.bestandsnaam(), r.pdf());
        }
    }
}
