package nl.zorgkantoor.wlz.budget.domain.berekening;

/** The requested budget cannot be granted at all, with the deciding rule (e.g. RULES L-03). */
public class BudgetGeweigerd extends RuntimeException {

    private final String regel;

    public BudgetGeweigerd(String regel, String melding) {
        super(melding);
        this.regel = regel;
    }

    public String regel() {
        return regel;
    }
}
