package nl.zorgkantoor.wlz.regelingen.domain;

import java.math.BigDecimal;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** The regelingen' own configuration data: hour norms per profile (RULES M-02) and regional norms (RULES O-02). */
public interface Normen {

    /** RULES M-02: the middle of the 2015 zzp hour band, hours per week. */
    Optional<BigDecimal> urennorm2015(Zorgprofiel profiel);

    /** RULES O-02: the acceptable duration of overbruggingszorg in the region, in days. */
    int overbruggingNormDagen(String regioCode);
}
