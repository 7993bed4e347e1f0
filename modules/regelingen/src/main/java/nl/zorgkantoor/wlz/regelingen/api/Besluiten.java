package nl.zorgkantoor.wlz.regelingen.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: decide a case. {@code versie} is the version the assessor looked at; if someone else changed the case
 * since, the command is refused with {@link RegelingFout#GELIJKTIJDIG}.
 *
 * @param regels                    yearly amount per leveringsvorm; ignored for pab, which is computed (RULES P-05)
 * @param bevestigdDoorBeoordelaar  RULES E-04: the beoordelaar who confirms a palliatief-terminaal raise above 25%;
 *                                  the UI fills it only for a user in the role beoordelaar
 * @param doelmatigheidsnotitie     RULES E-07: the efficiency note for a household with several entitled persons
 */
public record Besluiten(long aanvraagId, long versie, Uitkomst uitkomst, LocalDate ingangsdatum, int maanden,
                        List<Bedragregel> regels, String motivering, String wie, String bevestigdDoorBeoordelaar,
                        String doelmatigheidsnotitie) {

    public static Besluiten toekennen(long aanvraagId, long versie, LocalDate ingangsdatum, int maanden,
                                      List<Bedragregel> regels, String motivering, String wie) {
        return new Besluiten(aanvraagId, versie, Uitkomst.TOEGEKEND, ingangsdatum, maanden, regels, motivering, wie,
                null, null);
    }

    public static Besluiten afwijzen(long aanvraagId, long versie, String motivering, String wie) {
        return new Besluiten(aanvraagId, versie, Uitkomst.AFGEWEZEN, null, 0, List.of(), motivering, wie, null, null);
    }
}
