package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;

/** The regions to render, then the nation; the checkpoint is the index of the next one. */
@Dependent
@Named("RapportRegioLezer")
public class RapportRegioLezer extends AbstractItemReader {

    @EJB
    private ToezichtCijfersService cijfers;

    private List<String> regios;
    private int volgende;

    @Override
    public void open(Serializable checkpoint) {
        regios = new ArrayList<>(cijfers.regios());
        regios.add(Cijfertabel.LANDELIJK);
        volgende = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return volgende < regios.size() ? regios.get(volgende++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return volgende;
    }
}
