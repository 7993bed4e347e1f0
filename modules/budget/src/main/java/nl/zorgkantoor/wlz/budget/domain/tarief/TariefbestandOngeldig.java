package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.List;

/** A tariff file that cannot be used, with every problem found (file, line, what is wrong) in Dutch. */
public class TariefbestandOngeldig extends IllegalArgumentException {

    private final List<String> fouten;

    public TariefbestandOngeldig(List<String> fouten) {
        super("Tariefbestand ongeldig: " + String.join("; ", fouten));
        this.fouten = List.copyOf(fouten);
    }

    public List<String> fouten() {
        return fouten;
    }
}
