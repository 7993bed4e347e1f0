package nl.zorgkantoor.wlz.budget.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A tariff import that was not stored, with every problem found in Dutch (file, line, what is wrong). */
@ApplicationException(rollback = true)
public class TariefimportGeweigerd extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> fouten;

    public TariefimportGeweigerd(List<String> fouten) {
        super("De tarieven zijn niet geladen: " + String.join("; ", fouten));
        this.fouten = List.copyOf(fouten);
    }

    public List<String> fouten() {
        return fouten;
    }
}
