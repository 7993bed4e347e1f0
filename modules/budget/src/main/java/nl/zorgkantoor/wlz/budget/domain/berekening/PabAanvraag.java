package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/** A granted persoonlijk assistentiebudget: the raised pgb per year the client needs (RULES P-04 caps it). */
public record PabAanvraag(Bedrag gewenstPgb) {

    public PabAanvraag {
        Objects.requireNonNull(gewenstPgb, "gewenst pgb-bedrag met pab ontbreekt");
        if (gewenstPgb.isNegatief()) {
            throw new IllegalArgumentException("Het gewenste pgb-bedrag mag niet negatief zijn");
        }
    }
}
