package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/** Renders one region's PDF from the figures the compute steps stored, never from live data. */
@Dependent
@Named("PdfRenderer")
public class PdfRenderer implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    private Klok klok;

    @EJB
    private RapportArchief archief;

    @Override
    public Object processItem(Object item) {
        String regio = (String) item;
        Rapportsoort rapport = RapportParameters.rapport(job);
        LocalDate peildatum = RapportParameters.peildatum(job);
        ZonedDateTime nu = klok.nu();
        byte[] pdf = new RapportPdf(rapport, regio, peildatum, nu).render(archief.cijfers(rapport, peildatum, regio));
        return new GerenderdRapport(regio, nu.toInstant(), RapportPdf.bestandsnaam(rapport, regio, peildatum), pdf);
    }
}
