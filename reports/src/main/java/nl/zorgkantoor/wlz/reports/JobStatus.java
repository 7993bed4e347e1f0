package nl.zorgkantoor.wlz.reports;

import java.io.Serializable;

/** Where a job execution stands, as the UI and the tests see it. */
public record JobStatus(long executieId, String jobNaam, String batchStatus, String exitStatus) implements Serializable {

    public boolean isKlaar() {
        return switch (batchStatus) {
            case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
            default -> false;
        };
    }
}
