package nl.zorgkantoor.wlz.budget.api;

import java.time.LocalDate;
import java.util.Map;

/** The result of one run of the efficiency checks: new signals per kind, and the checks not yet possible. */
public record Signaalrun(String regioCode, LocalDate peildatum, Map<String, Integer> nieuwPerSoort, long duurMs) {

    public int totaalNieuw() {
        return nieuwPerSoort.values().stream().mapToInt(Integer::intValue).sum();
    }
}
