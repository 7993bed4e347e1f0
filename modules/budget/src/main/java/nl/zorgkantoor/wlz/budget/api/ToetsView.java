package nl.zorgkantoor.wlz.budget.api;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Bedrag;

/**
 * The doelmatigheidstoets (RULES B-01, B-02): outcome DOELMATIG, ONDOELMATIG or GEWEIGERD, the deciding rule, the
 * margin (ceiling minus cost; negative when exceeded) and beside it what the client would cost in an institution.
 *
 * @param plafond null when GEWEIGERD (e.g. RULES L-03)
 */
public record ToetsView(String uitkomst, String beslissendeRegel, String toelichting, Bedrag kostenThuis, Bedrag marge,
                        PlafondView plafond, List<PlafondView.Toelichting> kosten, Bedrag instellingTotaal,
                        List<PlafondView.Toelichting> instelling, List<PlafondView.Opmerking> meldingen) {
}
