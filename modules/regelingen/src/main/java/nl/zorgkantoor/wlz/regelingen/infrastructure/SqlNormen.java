package nl.zorgkantoor.wlz.regelingen.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.regelingen.domain.Normen;

/**
 * The context's norm tables (urennorm_2015, overbrugging_norm), configuration data with a provenance column.
 *
 * <p>A session bean, not a CDI bean: the EAR initialises its modules in order, and Weld would resolve a CDI bean's
 * {@code @PersistenceContext} before this module's persistence unit exists, failing the whole deployment.
 */
@Stateless
public class SqlNormen implements Normen {

    /** The row that holds the default norm for regions without their own. */
    static final String STANDAARD_REGIO = "0000";

    @PersistenceContext(unitName = "regelingen")
    private EntityManager em;

    @Override
    public Optional<BigDecimal> urennorm2015(Zorgprofiel profiel) {
        if (profiel == null) {
            return Optional.empty();
        }
        List<?> rij = em.createNativeQuery("select uren_per_week from regelingen.urennorm_2015 where zorgprofiel = ?1")
                .setParameter(1, profiel.name()).getResultList();
        return rij.stream().findFirst().map(v -> new BigDecimal(v.toString()));
    }

    @Override
    public int overbruggingNormDagen(String regioCode) {
        List<?> rijen = em.createNativeQuery("select norm_dagen from regelingen.overbrugging_norm"
                        + " where regio_code = ?1 or regio_code = ?2 order by case when regio_code = ?2 then 1 else 0 end")
                .setParameter(1, regioCode == null ? STANDAARD_REGIO : regioCode).setParameter(2, STANDAARD_REGIO)
                .getResultList();
        if (rijen.isEmpty()) {
            throw new IllegalStateException("Geen norm voor overbruggingszorg geconfigureerd");
        }
        return ((Number) rijen.get(0)).intValue();
    }
}
