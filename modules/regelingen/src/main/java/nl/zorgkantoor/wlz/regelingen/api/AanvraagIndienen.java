package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;

/** Command: file an application for a regeling. {@code wie} is the user or system that records it. */
public record AanvraagIndienen(long clientId, Soort soort, Aanvrager aanvrager, String aanvragerNaam,
                               LocalDate aanvraagdatum, Aanvraaggegevens gegevens, String wie) {
}
