/** Aggregates, value objects, repository ports and domain services of the budget context; no framework calls. */
package nl.zorgkantoor.wlz.budget.domain;
