package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.util.Objects;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * Meerzorg granted to this client (the regelingen context decides it; RULES M-01..M-05). The amount is per client
 * and never pooled for a group (RULES B-05).
 *
 * @param viaCizSignaal granted through the CIZ flag (RULES I-04, Rlz 2.2 lid 2), so open to any profile
 */
public record MeerzorgToekenning(Bedrag jaarbedrag, boolean viaCizSignaal) {

    public MeerzorgToekenning {
        Objects.requireNonNull(jaarbedrag, "meerzorgbedrag ontbreekt");
        if (jaarbedrag.isNegatief()) {
            throw new IllegalArgumentException("Het meerzorgbedrag mag niet negatief zijn");
        }
    }
}
