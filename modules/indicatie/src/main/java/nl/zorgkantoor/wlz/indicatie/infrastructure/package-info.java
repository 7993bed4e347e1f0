/** JPA repositories, schema migration and clients of other systems for the indicatie context. */
package nl.zorgkantoor.wlz.indicatie.infrastructure;
