package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.math.BigDecimal;
import java.util.Objects;

/** One module of an mpt package: how many units (hours, dagdelen, days) per week. */
public record MptRegel(String moduleCode, BigDecimal eenhedenPerWeek) {

    public MptRegel {
        Objects.requireNonNull(moduleCode, "mpt-module ontbreekt");
        if (eenhedenPerWeek == null || eenhedenPerWeek.signum() <= 0 || eenhedenPerWeek.compareTo(BigDecimal.valueOf(168)) > 0) {
            throw new IllegalArgumentException("Aantal eenheden per week voor " + moduleCode
                    + " moet groter dan 0 en hoogstens 168 zijn");
        }
    }
}
