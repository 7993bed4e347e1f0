package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;
import java.util.Properties;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/**
 * The parameters of both report jobs, declared once. The job XML copies the job parameters into job properties,
 * so every artifact reads them from its JobContext.
 */
public final class RapportParameters {

    public static final String RAPPORT = "rapport";
    public static final String PEILDATUM = "peildatum";
    public static final String GEFORCEERD = "geforceerd";
    /** Test hook: "regio:INDICATOR" makes that item fail once, to prove restarts resume from the checkpoint. */
    public static final String STORING = "storing";

    private RapportParameters() {
    }

    public static String jobNaam(Rapportsoort rapport) {
        return switch (rapport) {
            case ZORGPLICHT -> "ZorgplichtRapportJob";
            case WACHTLIJST -> "WachtlijstRapportJob";
        };
    }

    public static Properties van(LocalDate peildatum, boolean geforceerd) {
        Properties p = new Properties();
        p.setProperty(PEILDATUM, peildatum.toString());
        p.setProperty(GEFORCEERD, Boolean.toString(geforceerd));
        return p;
    }

    public static Rapportsoort rapport(JobContext job) {
        return Rapportsoort.valueOf(job.getProperties().getProperty(RAPPORT));
    }

    public static LocalDate peildatum(JobContext job) {
        return LocalDate.parse(job.getProperties().getProperty(PEILDATUM));
    }

    public static boolean geforceerd(JobContext job) {
        return Boolean.parseBoolean(job.getProperties().getProperty(GEFORCEERD));
    }

    public static String storing(JobContext job) {
        return job.getProperties().getProperty(STORING, "");
    }
}
