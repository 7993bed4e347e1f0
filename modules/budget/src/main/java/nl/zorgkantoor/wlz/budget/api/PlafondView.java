package nl.zorgkantoor.wlz.budget.api;

import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/**
 * A budget ceiling with its explanation: the lines add up exactly to {@code totaal}, the split over pgb and mpt
 * adds up to it as well (RULES L-02).
 */
public record PlafondView(String regelset, Bedrag totaal, List<Toelichting> regels, Map<Leveringsvorm, Bedrag> verdeling,
                          List<Opmerking> meldingen) {

    /** One explanation line: rule id, what, the tariff row with year and source, amount. */
    public record Toelichting(String regel, String omschrijving, String tariefregel, int jaar, String bron,
                              Bedrag bedrag) {
    }

    /** Why something asked for does not (fully) count, with the deciding rule. */
    public record Opmerking(String regel, String tekst) {
    }
}
