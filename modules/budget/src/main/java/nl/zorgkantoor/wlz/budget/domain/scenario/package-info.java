/**
 * The scenario simulator (RULES B-07): both rule sets over a client population, aggregated for policy staff.
 * Pure Java; the population arrives as a stream of clients, in blocks, so memory does not grow with it.
 */
package nl.zorgkantoor.wlz.budget.domain.scenario;
