/** Storage of the tariff tables: the CSV-loading Flyway migrations and JDBC reading and writing of versions. */
package nl.zorgkantoor.wlz.budget.infrastructure.tarief;
