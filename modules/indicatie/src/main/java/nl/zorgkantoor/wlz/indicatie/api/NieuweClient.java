package nl.zorgkantoor.wlz.indicatie.api;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/** The facts needed to register a client. */
public record NieuweClient(Bsn bsn, String voornaam, String achternaam, char geslacht, LocalDate geboortedatum,
                           ZorgkantoorRegio regio) {
}
