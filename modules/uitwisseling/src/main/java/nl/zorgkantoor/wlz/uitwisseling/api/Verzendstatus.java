package nl.zorgkantoor.wlz.uitwisseling.api;

/**
 * Where an outgoing message is: waiting for (another) attempt, delivered with a clean retour, or delivered and
 * rejected by the partner (a work item for an administrator).
 */
public record Verzendstatus(long id, String status, int pogingen, String laatsteFout, String retourCodes) {

    public boolean isAfgeleverd() {
        return "AFGELEVERD".equals(status);
    }
}
