package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.uitwisseling.verwerking.Zorgkantoor;

/**
 * Sends the previous calendar month's uitvoeringsgegevens (AW317) to the Zorginstituut once a month. The day comes
 * from {@code wlz.zorginstituut.dag} (default 8: TR091 wants the Dagtekening at least 7 days after the period) and
 * the time from {@code wlz.zorginstituut.tijdstip} (HH:mm, default 03:00, Europe/Amsterdam);
 * {@code wlz.zorginstituut.planning=false} switches the timer off. Not persistent: a month missed while the server
 * was down is sent by an administrator on demand ({@code UitvoeringsgegevensService}), and a period already sent is
 * never sent twice.
 */
@Singleton
@Startup
public class UitvoeringsgegevensPlanner {

    private static final Logger LOG = Logger.getLogger(UitvoeringsgegevensPlanner.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private Uitvoeringsgegevens uitvoeringsgegevens;

    @Inject
    private Klok klok;

    @PostConstruct
    void plan() {
        if (!Boolean.parseBoolean(System.getProperty("wlz.zorginstituut.planning", "true"))) {
            LOG.info("Uitvoeringsgegevens aan het Zorginstituut: planning staat uit (wlz.zorginstituut.planning=false)");
            return;
        }
        int dag = dag();
        LocalTime tijd = tijdstip();
        timers.createCalendarTimer(new ScheduleExpression().dayOfMonth(dag).hour(tijd.getHour())
                .minute(tijd.getMinute()).second(0).timezone(Klok.ZONE.getId()),
                new TimerConfig("uitvoeringsgegevens Zorginstituut", false));
        LOG.info(() -> "Uitvoeringsgegevens aan het Zorginstituut gepland op dag " + dag + " om " + tijd);
    }

    @Timeout
    void maandelijks() {
        YearMonth vorige = YearMonth.from(klok.vandaag()).minusMonths(1);
        LocalDate begin = vorige.atDay(1);
        LocalDate eind = vorige.atEndOfMonth();
        Uitvoeringsgegevens.controleer(begin, eind, klok.vandaag());
        for (String regio : Zorgkantoor.codes()) {
            try {
                var uitkomst = uitvoeringsgegevens.verstuurRegio(regio, begin, eind);
                LOG.info(() -> "AW317 " + regio + " " + vorige + ": " + uitkomst.toelichting());
            } catch (RuntimeException e) {
                // one region failing (e.g. the database briefly gone) does not stop the others; on demand later
                LOG.warning(() -> "AW317 " + regio + " " + vorige + " niet verstuurd: " + e);
            }
        }
    }

    static int dag() {
        int dag = Integer.getInteger("wlz.zorginstituut.dag", 8);
        if (dag < 8 || dag > 28) {
            throw new IllegalStateException("wlz.zorginstituut.dag moet 8 tot en met 28 zijn (TR091: minstens 7 dagen"
                    + " na het einde van de maand; elke maand heeft die dag), niet " + dag);
        }
        return dag;
    }

    static LocalTime tijdstip() {
        String waarde = System.getProperty("wlz.zorginstituut.tijdstip", "03:00");
        try {
            return LocalTime.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("wlz.zorginstituut.tijdstip moet HH:mm zijn, niet " + waarde, e);
        }
    }
}
