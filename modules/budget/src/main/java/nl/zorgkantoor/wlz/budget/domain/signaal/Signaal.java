package nl.zorgkantoor.wlz.budget.domain.signaal;

import java.time.LocalDateTime;

/**
 * A stored efficiency signal. Identified by kind, client and subject ({@code onderwerp}, e.g. "toekenning 12 2026"):
 * the same finding is stored once, whether the signal is still open or already closed with a reason.
 */
public record Signaal(Signaalsoort soort, long clientId, String onderwerp, String regioCode, String regel,
                      String toelichting, LocalDateTime gevondenOp, LocalDateTime geslotenOp, String geslotenDoor,
                      String redenSluiting) {

    public boolean isOpen() {
        return geslotenOp == null;
    }
}
