/** JPA repositories, schema migration and clients of other systems for the toezicht context. */
package nl.zorgkantoor.wlz.toezicht.infrastructure;
