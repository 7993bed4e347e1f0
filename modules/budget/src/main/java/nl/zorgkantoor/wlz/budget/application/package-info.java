/** Use cases of the budget context: transactions, security and orchestration around the domain. */
package nl.zorgkantoor.wlz.budget.application;
