package nl.zorgkantoor.wlz.admin.toegang;

import java.time.LocalDate;

/** Filter of the audit trail view; every field is optional. */
public record AuditZoekvraag(String gebruiker, Long clientId, Actie actie, LocalDate vanaf, LocalDate totEnMet) {

    public static AuditZoekvraag alles() {
        return new AuditZoekvraag(null, null, null, null, null);
    }
}
