package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * Granted extra kosten thuis to count in the ceiling.
 *
 * @param bedrag                    the raise per year; null = the maximum the rules allow
 * @param bevestigdDoorBeoordelaar  a BEOORDELAAR confirmed a VV10 raise above the percentage (RULES E-04)
 */
public record EktAanvraag(Bedrag bedrag, EktDoelgroep doelgroep, boolean bevestigdDoorBeoordelaar) {

    public EktAanvraag {
        Objects.requireNonNull(doelgroep, "ekt-doelgroep ontbreekt (GEEN als de cliënt tot geen doelgroep behoort)");
        if (bedrag != null && bedrag.isNegatief()) {
            throw new IllegalArgumentException("Het ekt-bedrag mag niet negatief zijn");
        }
    }

    public static EktAanvraag maximaal(EktDoelgroep doelgroep) {
        return new EktAanvraag(null, doelgroep, false);
    }
}
