/**
 * The budget REST resource (/wlz/api/budget): translates JSON into a budget question for the budget context's
 * {@code BudgetBerekening} and its explanation back into JSON; decides nothing itself.
 */
package nl.zorgkantoor.wlz.admin.rest.budget;
