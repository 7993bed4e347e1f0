/** Aggregates, value objects, repository ports and domain services of the toezicht context; no framework calls. */
package nl.zorgkantoor.wlz.toezicht.domain;
