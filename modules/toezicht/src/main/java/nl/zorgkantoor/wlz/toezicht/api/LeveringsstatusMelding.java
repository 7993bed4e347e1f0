package nl.zorgkantoor.wlz.toezicht.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/**
 * A change of waiting status as reported by a (voorkeurs)aanbieder in an AW39 or entered by an administrator
 * (RULES W-01, W-04).
 *
 * @param classificatie      iWlz LeveringsstatusClassificatie (COD168), null when not given
 * @param aanbieder          AGB code of the reporting or preferred provider, null when unknown
 * @param bron               who reported it: "AW39", "AW35" or the administrator's user name
 */
public record LeveringsstatusMelding(long clientId, ZorgkantoorRegio regio, Zorgprofiel zorgprofiel,
                                     Leveringsstatus status, String classificatie, String aanbieder,
                                     LocalDate ingangsdatum, Instant gemeldOp, String bron) {
}
