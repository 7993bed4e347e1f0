/** The set-based SQL of the efficiency checks over the budget tables and the indicatie context's published view. */
package nl.zorgkantoor.wlz.budget.infrastructure.signaal;
