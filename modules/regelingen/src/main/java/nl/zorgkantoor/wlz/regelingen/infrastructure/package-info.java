/** JPA repositories, schema migration and clients of other systems for the regelingen context. */
package nl.zorgkantoor.wlz.regelingen.infrastructure;
