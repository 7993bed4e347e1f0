package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;

/** Command: attach a document (PDF, PNG or JPEG, at most 10 MB) to a case. */
public record DocumentToevoegen(long aanvraagId, Documenttype type, LocalDate documentdatum, String bestandsnaam,
                                byte[] inhoud, String wie) {
}
