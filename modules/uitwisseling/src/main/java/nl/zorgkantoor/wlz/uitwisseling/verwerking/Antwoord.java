package nl.zorgkantoor.wlz.uitwisseling.verwerking;

/** The retour bytes for the partner and what the log recorded. */
public record Antwoord(byte[] retour, long berichtId, String status, String retourCodes) {
}
