package nl.zorgkantoor.wlz.toezicht.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One waiting status of a client as reported (RULES W-01, W-04): by whom (AW39, AW35 or a medewerker's name), when it
 * began and, once a next status or the end of the wait followed, when it ended.
 *
 * @param einddatum null while it is the current status
 */
public record WachtstatusRegel(Leveringsstatus status, String classificatie, String aanbieder, LocalDate ingangsdatum,
                               LocalDate einddatum, Instant gemeldOp, String bron) {
}
