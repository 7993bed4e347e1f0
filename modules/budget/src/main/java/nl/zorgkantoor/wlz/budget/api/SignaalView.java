package nl.zorgkantoor.wlz.budget.api;

import java.time.LocalDateTime;

/** One efficiency signal with its explanation and the rule it rests on. */
public record SignaalView(Sleutel sleutel, String regioCode, String regel, String toelichting, LocalDateTime gevondenOp,
                          LocalDateTime geslotenOp, String geslotenDoor, String redenSluiting) {

    /** What a signal is about: kind, client and the object (e.g. "toekenning 12 2026"). */
    public record Sleutel(String soort, long clientId, String onderwerp) {
    }
}
