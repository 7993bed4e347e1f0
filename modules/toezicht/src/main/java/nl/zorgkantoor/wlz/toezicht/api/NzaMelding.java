package nl.zorgkantoor.wlz.toezicht.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A melding to the NZa proposed from the figures (RULES W-06); status VOORGESTELD, BEVESTIGD or VERWORPEN
 * (with the administrator's reason). */
public record NzaMelding(long id, String regioCode, LocalDate peildatum, String indicator, BigDecimal waarde,
                         BigDecimal drempel, String toelichting, String status, Instant voorgesteldOp,
                         String beoordeeldDoor, Instant beoordeeldOp, String reden) implements Serializable {
}
