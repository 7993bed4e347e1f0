package nl.zorgkantoor.wlz.indicatie.api;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Bsn;

/**
 * What a staff member searches clients by; every criterion is optional and they combine with "and".
 *
 * @param naam part of the first or last name, case-insensitive
 */
public record ClientZoekvraag(Bsn bsn, String naam, LocalDate geboortedatum, Sortering sortering, boolean aflopend) {

    /** The orders a result list can be sorted in; ties are broken by client id so paging is stable. */
    public enum Sortering { ACHTERNAAM, GEBOORTEDATUM, CLIENTNUMMER }

    public ClientZoekvraag {
        naam = naam == null || naam.isBlank() ? null : naam.trim();
        sortering = sortering == null ? Sortering.ACHTERNAAM : sortering;
    }
}
