/** JPA repositories, schema migration and clients of other systems for the budget context. */
package nl.zorgkantoor.wlz.budget.infrastructure;
