package nl.zorgkantoor.wlz.budget.domain.berekening;

import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * One line of an explanation: the rule that puts it there, what it is, the tariff row it comes from (with year and
 * source) and its amount in cents, rounded once (Bedrag's HALF_UP). The total of a result is the sum of its lines.
 *
 * @param regel      the RULES.md id, e.g. B-01
 * @param tariefregel the tariff row and arithmetic, e.g. "profieltarief 2024 5VV: vpt excl. bh € 180,00 × 366 dagen"
 */
public record Toelichtingsregel(String regel, String omschrijving, String tariefregel, int jaar, String bron,
                                long centen, Toerekening toerekening) {

    public Bedrag bedrag() {
        return Bedrag.centen(centen);
    }
}
