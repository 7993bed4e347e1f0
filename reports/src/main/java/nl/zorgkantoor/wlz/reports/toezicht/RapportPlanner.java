package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.reports.RapportJobs;
import nl.zorgkantoor.wlz.reports.RapportNietGestart;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/**
 * Starts both reports every night for that day's peildatum. The time comes from {@code wlz.rapport.tijdstip}
 * (HH:mm, default 02:00, Europe/Amsterdam, so it follows summer time); {@code wlz.rapport.planning=false} switches
 * the timer off. The timer is not persistent: a night missed while the server was down is caught up by an
 * administrator's on-demand start, not by a burst of runs at boot.
 */
@Singleton
@Startup
public class RapportPlanner {

    private static final Logger LOG = Logger.getLogger(RapportPlanner.class.getName());
    private static final String NAAM = "nachtelijke toezichtrapportage";

    @Resource
    private TimerService timers;

    @EJB
    private RapportJobs jobs;

    @Inject
    private Klok klok;

    @PostConstruct
    void plan() {
        if (!Boolean.parseBoolean(System.getProperty("wlz.rapport.planning", "true"))) {
            LOG.info("Nachtelijke rapportage staat uit (wlz.rapport.planning=false)");
            return;
        }
        LocalTime tijd = tijdstip();
        ScheduleExpression schema = new ScheduleExpression().hour(tijd.getHour()).minute(tijd.getMinute()).second(0)
                .timezone(Klok.ZONE.getId());
        timers.createCalendarTimer(schema, new TimerConfig(NAAM, false));
        LOG.info(() -> "Nachtelijke rapportage gepland om " + tijd + " " + Klok.ZONE);
    }

    static LocalTime tijdstip() {
        String waarde = System.getProperty("wlz.rapport.tijdstip", "02:00");
        try {
            return LocalTime.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("wlz.rapport.tijdstip moet HH:mm zijn, niet " + waarde, e);
        }
    }

    @Timeout
    void nachtelijk(Timer timer) {
        voerUit(klok.vandaag());
    }

    /**
     * Starts both reports for the peildatum; a refusal (already running, already reported) is logged, not thrown.
     *
     * @return per report the execution id or the reason it did not start
     */
    public List<String> voerUit(LocalDate peildatum) {
        List<String> uitkomst = new ArrayList<>();
        for (Rapportsoort rapport : Rapportsoort.values()) {
            try {
                uitkomst.add(rapport + ": gestart als executie " + jobs.startRapport(rapport, peildatum, false));
            } catch (RapportNietGestart e) {
                uitkomst.add(rapport + ": niet gestart, " + e.getMessage());
            }
        }
        uitkomst.forEach(LOG::info);
        return uitkomst;
    }

    /** When the timer fires next, in Europe/Amsterdam; empty when planning is off. */
    public Optional<ZonedDateTime> volgendeStart() {
        return timers.getTimers().stream().filter(t -> NAAM.equals(t.getInfo())).findFirst()
                .map(t -> t.getNextTimeout().toInstant().atZone(Klok.ZONE));
    }
}
