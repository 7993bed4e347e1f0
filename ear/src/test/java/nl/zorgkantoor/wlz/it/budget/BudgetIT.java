package nl.zorgkantoor.wlz.it.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.api.BudgetTarieven;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The budget context on the real server: tariff tables migrated from CSV, the calculations and the signals. */
@ExtendWith(ArquillianExtension.class)
class BudgetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(BudgetIT.class);
    }

    @EJB
    private BudgetTarieven tarieven;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @Test
    void b03_deTarieftabellenZijnUitDeCsvBestandenGemigreerd() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from budget.profieltarief where versie = 1")) {
            rs.next();
            assertEquals(12 * Zorgprofiel.values().length, rs.getInt(1));
        }
    }

    @Test
    void p04_b01_budgetTarievenVoorDeRegelingen() {
        // RULES P-04: seed 000 L682-683 and seed 002 L170-172
        assertEquals(Bedrag.euro(219_000), tarieven.pabMaximum(LocalDate.of(2016, 3, 1)));
        assertEquals(Bedrag.euro(239_110), tarieven.pabMaximum(LocalDate.of(2019, 3, 1)));
        assertEquals(0, new BigDecimal("25").compareTo(tarieven.ektPercentage(LocalDate.of(2024, 1, 1))));
        // RULES B-01: VV5 2024 vpt excl. behandeling 180.00 × 366 days
        assertEquals(Bedrag.euro("65880.00"),
                tarieven.jaarbudgetZonderToeslagen(Zorgprofiel.VV5, Leveringsvorm.PGB, LocalDate.of(2024, 7, 1)));
        assertEquals(Bedrag.euro("65880.00"),
                tarieven.jaarbudgetZonderToeslagen(Zorgprofiel.VV5, Leveringsvorm.MPT, LocalDate.of(2024, 7, 1)));
    }
}
