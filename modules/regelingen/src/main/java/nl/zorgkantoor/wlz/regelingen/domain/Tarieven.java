package nl.zorgkantoor.wlz.regelingen.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** Port to the budget context: the tariff facts that size a grant on its reference date. */
public interface Tarieven {

    /** RULES B-01, B-04: the yearly budget of the profile for the leveringsvorm, without toeslagen. */
    Bedrag jaarbudgetZonderToeslagen(Zorgprofiel profiel, Leveringsvorm leveringsvorm, LocalDate peildatum);

    /** RULES P-04. */
    Bedrag pabMaximum(LocalDate peildatum);

    /** RULES E-02. */
    BigDecimal ektPercentage(LocalDate peildatum);
}
