package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;

/**
 * Reads the indicators of the report one by one for the partition's region; the checkpoint is the index of the next
 * indicator, so a restarted partition resumes after the last one written.
 */
@Dependent
@Named("IndicatorLezer")
public class IndicatorLezer extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty(name = "regio")
    private String regio;

    private List<Indicator> indicatoren;
    private int volgende;

    @Override
    public void open(Serializable checkpoint) {
        indicatoren = Indicator.van(RapportParameters.rapport(job));
        volgende = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return volgende < indicatoren.size() ? new RegioIndicator(regio, indicatoren.get(volgende++)) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return volgende;
    }
}
