package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import java.util.Optional;
import org.w3c.dom.Document;

/**
 * The retour for the partner and what the log recorded. A retour built by this delivery also comes as its
 * document, which the endpoint hands to CXF as it is: written straight from the tree instead of parsed again from
 * the text (bench/RESULTS.md 2026-12-02).
 */
public record Antwoord(String retour, Optional<Document> document, long berichtId, String status,
                       String retourCodes) {

    /** A retour that exists only as text (the stored retour of a redelivered message). */
    public Antwoord(String retour, long berichtId, String status, String retourCodes) {
        this(retour, Optional.empty(), berichtId, status, retourCodes);
    }
}
