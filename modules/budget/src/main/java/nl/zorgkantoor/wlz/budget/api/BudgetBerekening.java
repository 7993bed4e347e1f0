package nl.zorgkantoor.wlz.budget.api;

/**
 * The budget calculations for the regelingen, the admin UI, the REST API and the exchange: the ceiling of a budget
 * at home and the doelmatigheidstoets, each as explanation lines that add up to the total. Rules and tariffs are
 * those valid on the question's reference date.
 */
public interface BudgetBerekening {

    /** @throws BudgetvraagOngeldig for bad input, missing tariffs or a refusal by rule (RULES L-03) */
    PlafondView plafond(Plafondvraag vraag);

    /** The doelmatigheidstoets of {@link Plafondvraag#thuiskosten()}; a refusal by rule is an outcome, not an error. */
    ToetsView doelmatigheidstoets(Plafondvraag vraag);
}
