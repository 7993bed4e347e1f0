package nl.zorgkantoor.wlz.kernel.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now" for deadlines, validity dates and report peildata, in Europe/Amsterdam. Tests on the
 * server may move it forward (beslistermijnen, heraanvraag dates) only when the server runs with
 * {@code -Dwlz.klok.instelbaar=true}; in production it is the system clock.
 */
@ApplicationScoped
public class Klok {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AtomicReference<Duration> verschuiving = new AtomicReference<>(Duration.ZERO);

    public Clock clock() {
        return Clock.offset(Clock.system(ZONE), verschuiving.get());
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock());
    }

    public ZonedDateTime nu() {
        return ZonedDateTime.now(clock());
    }

    public void verschuif(Duration duur) {
        if (!Boolean.getBoolean("wlz.klok.instelbaar")) {
            throw new IllegalStateException("De klok is alleen instelbaar met -Dwlz.klok.instelbaar=true");
        }
        verschuiving.updateAndGet(huidige -> huidige.plus(duur));
    }

    public void herstel() {
        verschuiving.set(Duration.ZERO);
    }
}
