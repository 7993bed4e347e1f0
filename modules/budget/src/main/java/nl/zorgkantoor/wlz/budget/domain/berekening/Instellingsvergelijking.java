package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * What the same client would cost per year in an institution: verblijf without behandeling plus the toeslagen
 * that apply there (including the instellingsgebonden ones) and meerzorg. Lines add up to the total.
 */
public record Instellingsvergelijking(List<Toelichtingsregel> regels, List<Melding> meldingen) {

    public Instellingsvergelijking {
        regels = List.copyOf(regels);
        meldingen = List.copyOf(meldingen);
    }

    public Bedrag totaal() {
        return Bedrag.centen(regels.stream().mapToLong(Toelichtingsregel::centen).sum());
    }
}
