package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;

/** One work item: a case whose deadline nears or has passed, with the date that matters. */
public record WerkitemView(long aanvraagId, long clientId, Soort soort, Status status, Werksignaal signaal,
                           LocalDate datum) {
}
