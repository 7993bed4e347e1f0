package nl.zorgkantoor.wlz.budget.domain.tarief;

/** A lookup for which the tariff tables have no row: the request cannot be computed (Dutch message). */
public class GeenTarief extends IllegalArgumentException {

    public GeenTarief(String melding) {
        super(melding);
    }
}
