package nl.zorgkantoor.wlz.toezicht.api;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * One period in which an aanbieder delivered a zorgprofiel to a client, as reported in AW35 (start) and AW39 (end).
 *
 * @param einddatum        null while the care goes on
 * @param mutatiecodeEinde the AW39 Mutatiecode that ended it (17 overplaatsing, 19 beëindigd, 21 overdracht)
 */
public record Zorglevering(long clientId, String aanbieder, Zorgprofiel zorgprofiel, Leveringsvorm leveringsvorm,
                           LocalDate begindatum, LocalDate einddatum, String mutatiecodeEinde, String bron) {

    public boolean isLopend() {
        return einddatum == null;
    }
}
