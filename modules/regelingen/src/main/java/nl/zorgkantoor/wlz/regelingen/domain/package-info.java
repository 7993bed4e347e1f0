/** Aggregates, value objects, repository ports and domain services of the regelingen context; no framework calls. */
package nl.zorgkantoor.wlz.regelingen.domain;
