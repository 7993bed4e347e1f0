package nl.zorgkantoor.wlz.regelingen.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Periode;

/**
 * The decision on a case.
 *
 * @param periode          the granted period, null for a refusal
 * @param regels           the yearly amount per leveringsvorm; the total is their sum
 * @param gronden          the rules the decision rests on (all rules for a grant, the unmet ones for a refusal)
 * @param langerDanNorm    RULES O-02, overbruggingszorg only
 */
public record BesluitView(Uitkomst uitkomst, Periode periode, LocalDate heraanvraagdatum, List<Bedragregel> regels,
                          Bedrag totaalPerJaar, List<BevindingView> gronden, String motivering, String beslotenDoor,
                          Instant beslotenOp, String bevestigdDoorBeoordelaar, String doelmatigheidsnotitie,
                          boolean langerDanNorm) {
}
