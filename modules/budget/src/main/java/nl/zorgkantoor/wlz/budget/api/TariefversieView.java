package nl.zorgkantoor.wlz.budget.api;

import java.time.Instant;
import java.util.List;

/**
 * One stored tariff version.
 *
 * @param jaren        the years it holds
 * @param jarenInGebruik the years for which it is the version in force (a later version may have replaced others)
 */
public record TariefversieView(int versie, String omschrijving, String herkomst, String geladenDoor,
                               Instant geladenOp, List<Integer> jaren, List<Integer> jarenInGebruik) {

    public TariefversieView {
        jaren = List.copyOf(jaren);
        jarenInGebruik = List.copyOf(jarenInGebruik);
    }
}
