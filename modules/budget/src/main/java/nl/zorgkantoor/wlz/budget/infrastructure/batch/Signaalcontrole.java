package nl.zorgkantoor.wlz.budget.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.budget.api.Doelmatigheidscontroles;
import nl.zorgkantoor.wlz.budget.api.Signaalrun;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * One partition: the efficiency checks of one region, each one INSERT … SELECT in the database (nothing of the
 * region's clients is loaded here), then the region's progress row.
 */
@Dependent
@Named("Signaalcontrole")
public class Signaalcontrole extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "regio")
    private String regio;

    @Inject
    @BatchProperty(name = "peildatum")
    private String peildatum;

    @Inject
    private JobContext job;

    @EJB
    private Doelmatigheidscontroles controles;

    @Inject
    private Signaalrunopslag voortgang;

    @Inject
    private Klok klok;

    @Override
    public String process() {
        long executie = job.getExecutionId();
        voortgang.begin(executie, regio, klok.nu().toInstant());
        try {
            Signaalrun run = controles.draai(regio, LocalDate.parse(peildatum));
            voortgang.klaar(executie, regio, run.totaalNieuw(), run.duurMs(), klok.nu().toInstant());
            return "KLAAR " + run.totaalNieuw();
        } catch (RuntimeException e) {
            voortgang.mislukt(executie, regio, klok.nu().toInstant());
            throw e;
        }
    }
}
