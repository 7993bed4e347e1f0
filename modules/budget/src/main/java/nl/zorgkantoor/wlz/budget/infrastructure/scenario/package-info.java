/** Reading the population of the scenario simulator (RULES B-07) and writing its CSV and PDF. */
package nl.zorgkantoor.wlz.budget.infrastructure.scenario;
