package nl.zorgkantoor.wlz.budget.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.SignaalrunVoortgang;
import nl.zorgkantoor.wlz.budget.api.Signaalruns;
import nl.zorgkantoor.wlz.budget.infrastructure.batch.Signaalrunopslag;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * Starts and follows the partitioned signal job. The job is packaged in this module, so this module's JobOperator
 * is the only one that sees it (platform note: JBeret artifacts per EJB jar).
 */
@Stateless
@Local(Signaalruns.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignaalrunService implements Signaalruns {

    static final String JOB = "Doelmatigheidscontroles";

    /** Check-and-start is one step per JVM, so two simultaneous starts cannot both pass the guard. */
    private static final Object START = new Object();

    @Inject
    private Signaalrunopslag voortgang;

    @Override
    public long start(LocalDate peildatum, List<String> regioCodes) {
        if (peildatum == null) {
            throw new BudgetvraagOngeldig(null, "Geef een peildatum op");
        }
        Set<String> regios = new LinkedHashSet<>();
        for (String code : regioCodes == null ? List.<String>of() : regioCodes) {
            try {
                regios.add(ZorgkantoorRegio.parse(code).code());
            } catch (RuntimeException e) {
                throw new BudgetvraagOngeldig(null, "Onbekende zorgkantoorregio '" + code + "'");
            }
        }
        if (regios.isEmpty()) {
            throw new BudgetvraagOngeldig(null, "Kies ten minste één zorgkantoorregio");
        }
        synchronized (START) {
            // the same region and date twice at once would only race on the NOT EXISTS of the signal identity
            for (long lopend : lopend()) {
                Properties p = operator().getParameters(lopend);
                if (peildatum.toString().equals(p.getProperty("peildatum"))) {
                    List<String> bezig = new ArrayList<>(Arrays.asList(p.getProperty("regios", "").split(",")));
                    bezig.retainAll(regios);
                    if (!bezig.isEmpty()) {
                        throw new BudgetvraagOngeldig(null, "De doelmatigheidscontroles voor " + String.join(", ", bezig)
                                + " op " + peildatum + " lopen al (run " + lopend + ")");
                    }
                }
            }
            Properties parameters = new Properties();
            parameters.setProperty("peildatum", peildatum.toString());
            parameters.setProperty("regios", String.join(",", regios));
            return operator().start(JOB, parameters);
        }
    }

    @Override
    public SignaalrunVoortgang voortgang(long executieId, List<String> zichtbareRegios) {
        String status;
        try {
            status = operator().getJobExecution(executieId).getBatchStatus().name();
        } catch (NoSuchJobExecutionException e) {
            throw new BudgetvraagOngeldig(null, "Onbekende signaalrun " + executieId);
        }
        List<SignaalrunVoortgang.Regio> regios = voortgang.regios(executieId, zichtbareRegios);
        return new SignaalrunVoortgang(executieId, status, voortgang.peildatum(executieId).orElse(null), regios);
    }

    @Override
    public Optional<Long> laatste(List<String> zichtbareRegios) {
        return voortgang.laatste(zichtbareRegios);
    }

    private static List<Long> lopend() {
        try {
            return operator().getRunningExecutions(JOB);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
