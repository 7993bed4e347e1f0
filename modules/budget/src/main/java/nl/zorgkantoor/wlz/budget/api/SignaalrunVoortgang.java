package nl.zorgkantoor.wlz.budget.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How far a signal run is: the batch status of the job and, per region, whether it waits, runs or is done, with
 * the new signals it raised and how long it took.
 */
public record SignaalrunVoortgang(long executieId, String status, LocalDate peildatum, List<Regio> regios) {

    public record Regio(String regioCode, String status, Integer nieuw, Long duurMs) {
    }

    public long klaar() {
        return regios.stream().filter(r -> "KLAAR".equals(r.status())).count();
    }

    public int nieuw() {
        return regios.stream().mapToInt(r -> r.nieuw() == null ? 0 : r.nieuw()).sum();
    }

    /** True when the job will not change any more (COMPLETED, FAILED, STOPPED, ABANDONED). */
    public boolean afgelopen() {
        return switch (status) {
            case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
            default -> false;
        };
    }
}
