package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * The outcome of the doelmatigheidstoets (RULES B-01, B-02): is the care at home within the ceiling, by how much
 * (the margin; negative when exceeded), which rule decided, and beside it the institutional comparison.
 *
 * @param plafond     null when the request was refused outright (e.g. RULES L-03)
 * @param kosten      the cost lines at home; they add up to {@code kostenThuis}
 * @param meldingen   the notes of the ceiling plus advice such as RULES E-06
 */
public record Doelmatigheidstoets(Uitkomst uitkomst, String beslissendeRegel, String toelichting,
                                  Budgetplafond plafond, List<Toelichtingsregel> kosten, Bedrag kostenThuis,
                                  Bedrag marge, Instellingsvergelijking instelling, List<Melding> meldingen) {

    /** Pass, fail, or refused before any comparison. */
    public enum Uitkomst { DOELMATIG, ONDOELMATIG, GEWEIGERD }

    public Doelmatigheidstoets {
        kosten = List.copyOf(kosten);
        meldingen = List.copyOf(meldingen);
    }

    public boolean isDoelmatig() {
        return uitkomst == Uitkomst.DOELMATIG;
    }
}
