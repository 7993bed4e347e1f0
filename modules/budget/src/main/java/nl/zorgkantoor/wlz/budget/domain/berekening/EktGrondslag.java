package nl.zorgkantoor.wlz.budget.domain.berekening;

/**
 * What the ekt percentage is taken of (RULES B-04, open question 4 of seed 000): the decision is the pgb-plafond
 * without toeslagen; the alternative stays switchable for the scenario simulator.
 */
public enum EktGrondslag {
    PLAFOND_ZONDER_TOESLAGEN,
    PLAFOND_MET_TOESLAGEN
}
