package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;

/** One case as a row of a list: enough to choose it, nothing of the facts or the decision. */
public record AanvraagRegel(long id, long clientId, Soort soort, Status status, Aanvrager aanvrager,
                            LocalDate aanvraagdatum, LocalDate beslistermijn, String regioCode) {
}
