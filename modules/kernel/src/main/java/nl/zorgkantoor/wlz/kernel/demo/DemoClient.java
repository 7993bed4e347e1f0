package nl.zorgkantoor.wlz.kernel.demo;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * One synthetic client: who, where, which indication and how the care is delivered. {@code nummer} is 1-based
 * and doubles as the client id in every context's demo tables.
 */
public record DemoClient(
        long nummer,
        String bsn,
        String voornaam,
        String achternaam,
        char geslacht,
        LocalDate geboortedatum,
        ZorgkantoorRegio regio,
        Zorgprofiel zorgprofiel,
        Leveringsvorm leveringsvorm,
        LocalDate indicatieIngangsdatum) {
}
