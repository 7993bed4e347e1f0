/** Aggregates, value objects, repository ports and domain services of the indicatie context; no framework calls. */
package nl.zorgkantoor.wlz.indicatie.domain;
