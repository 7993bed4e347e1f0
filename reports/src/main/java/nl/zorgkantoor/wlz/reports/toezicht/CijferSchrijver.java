package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;

/** Stores computed figures in the chunk's transaction, together with the reader's checkpoint. */
@Dependent
@Named("CijferSchrijver")
public class CijferSchrijver extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @EJB
    private RapportArchief archief;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            archief.bewaarCijfers(RapportParameters.rapport(job), RapportParameters.peildatum(job), (Cijfertabel) item);
        }
    }
}
