/**
 * The budget engine: the ceiling of a budget at home under the rule sets {@code huidig} and {@code advies}
 * (RULES B-01, B-02, B-04), toeslagen, ekt, pab and meerzorg, mixed delivery as one budget, the
 * doelmatigheidstoets and the institutional comparison. Every result is a list of explanation lines that add up to
 * the total. Plain Java, no framework.
 */
package nl.zorgkantoor.wlz.budget.domain.berekening;
