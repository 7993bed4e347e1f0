package nl.zorgkantoor.wlz.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** The tariff facts that the regelingen need to size a grant, valid on a reference date. */
public interface BudgetTarieven {

    /** The yearly pgb-plafond (pgb) or mpt base of the profile without toeslagen (RULES B-01, B-04). */
    Bedrag jaarbudgetZonderToeslagen(Zorgprofiel profiel, Leveringsvorm leveringsvorm, LocalDate peildatum);

    /** RULES P-04: the maximum raised pgb with a pab for the year of the date. */
    Bedrag pabMaximum(LocalDate peildatum);

    /** RULES E-02: the ekt raise in percent (25). */
    BigDecimal ektPercentage(LocalDate peildatum);

    /** RULES B-03: the toeslagen that exist on the date, by code; empty when no table covers the year. */
    java.util.List<ToeslagView> toeslagen(LocalDate peildatum);
}
