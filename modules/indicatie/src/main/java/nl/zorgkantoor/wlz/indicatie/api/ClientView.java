package nl.zorgkantoor.wlz.indicatie.api;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/** What other contexts and the UI may know of a client. */
public record ClientView(long id, Bsn bsn, String voornaam, String achternaam, char geslacht, LocalDate geboortedatum,
                         ZorgkantoorRegio regio) {
}
