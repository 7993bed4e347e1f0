package nl.zorgkantoor.wlz.toezicht.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One version of a region's streefnorm for a waiting status (RULES W-03): valid from {@code geldigVan} up to and
 * including {@code geldigTot} (null = open-ended). The figures use the version valid on the peildatum.
 */
public record Streefnorm(long id, String regioCode, Leveringsstatus status, int weken, LocalDate geldigVan,
                         LocalDate geldigTot, String herkomst) implements Serializable {
}
