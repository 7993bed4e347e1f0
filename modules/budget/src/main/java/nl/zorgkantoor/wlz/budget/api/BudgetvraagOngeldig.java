package nl.zorgkantoor.wlz.budget.api;

import jakarta.ejb.ApplicationException;

/**
 * A budget question that cannot be answered: bad input or missing tariffs (Dutch message for the user), or a
 * refusal by rule (then {@link #regel()} names it, e.g. L-03).
 */
@ApplicationException
public class BudgetvraagOngeldig extends RuntimeException {

    private final String regel;

    public BudgetvraagOngeldig(String regel, String melding) {
        super(melding);
        this.regel = regel;
    }

    /** The RULES.md id that refuses the request, or null for invalid input. */
    public String regel() {
        return regel;
    }
}
