/** What other modules may call: service interfaces, views (records) and events of the budget context. */
package nl.zorgkantoor.wlz.budget.api;
