package nl.zorgkantoor.wlz.indicatie.api;

import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * One CIZ indicatiebesluit as other contexts may see it (RULES I-01..I-04).
 *
 * @param leveringsvormVoorkeur the client's wish as the CIZ recorded it, null when none was given
 * @param meerzorgOnderzoek     CIZ flag "onderzoek doen naar meerzorg" (RULES I-04)
 */
public record IndicatieView(long clientId, long besluitnummer, Zorgprofiel zorgprofiel,
                            Leveringsvorm leveringsvormVoorkeur, Periode geldigheid, boolean meerzorgOnderzoek) {
}
