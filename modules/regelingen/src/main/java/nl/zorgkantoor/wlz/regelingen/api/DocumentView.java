package nl.zorgkantoor.wlz.regelingen.api;

import java.time.Instant;
import java.time.LocalDate;

/** A document attached to a case; {@code documentId} fetches its content. */
public record DocumentView(long documentId, Documenttype type, LocalDate documentdatum, String bestandsnaam,
                           String mimeType, int grootte, String toegevoegdDoor, Instant toegevoegdOp) {
}
