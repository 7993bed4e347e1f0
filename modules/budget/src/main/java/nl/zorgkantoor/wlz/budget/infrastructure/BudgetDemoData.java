package nl.zorgkantoor.wlz.budget.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.application.TarieftabelCache;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.demo.BatchSchrijver;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * Gives the demo clients at home (pgb or mpt) a granted budget for the current tariff year, so the efficiency
 * checks have something to find: most budgets lie at 95% of the pgb-plafond, every seventh 15% above it; every
 * eleventh client has the toeslag dagbesteding vg5/vg8 (a finding when the profile is not VG5/VG8) and every
 * thirteenth the instellingsgebonden toeslag epilepsie (always a finding at home). Fills only budget tables.
 */
@Singleton
@Startup
@DependsOn("BudgetSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class BudgetDemoData {

    private static final Logger LOG = Logger.getLogger(BudgetDemoData.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @EJB
    private TarieftabelCache cache;

    @Inject
    private Klok klok;

    @PostConstruct
    void laad() {
        if (!DemoInstellingen.actief() || !isLeeg()) {
            return;
        }
        DemoPopulatie populatie = DemoInstellingen.populatie();
        Tarieftabel tabel = cache.tabel();
        int jaar = Math.max(tabel.eersteJaar(), Math.min(tabel.laatsteJaar(), klok.vandaag().getYear()));
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        long start = System.nanoTime();
        long budgetten = BatchSchrijver.schrijf(dataSource, populatie,
                "insert into budget.budgettoekenning (id, client_id, leveringsvorm, jaarbedrag, ingangsdatum)"
                        + " values (?, ?, ?, ?, ?)",
                (st, c) -> {
                    if (!thuis(c)) {
                        return false;
                    }
                    long plafond = tabel.pgbPlafondCenten(c.zorgprofiel(), jaar);
                    long bedrag = c.nummer() % 7 == 0 ? plafond * 115 / 100 : plafond * 95 / 100;
                    st.setLong(1, c.nummer());
                    st.setLong(2, c.nummer());
                    st.setString(3, c.leveringsvorm().name());
                    st.setBigDecimal(4, BigDecimal.valueOf(bedrag, 2));
                    st.setDate(5, Date.valueOf(c.indicatieIngangsdatum().isAfter(begin) ? c.indicatieIngangsdatum() : begin));
                    return true;
                });
        long toeslagen = BatchSchrijver.schrijf(dataSource, populatie,
                "insert into budget.toegekende_toeslag (client_id, toeslag_code, ingangsdatum) values (?, ?, ?)",
                (st, c) -> {
                    String code = !thuis(c) ? null : c.nummer() % 11 == 0 ? "DAGBESTEDING_VG5_VG8"
                            : c.nummer() % 13 == 0 ? "EPILEPSIE" : null;
                    if (code == null) {
                        return false;
                    }
                    st.setLong(1, c.nummer());
                    st.setString(2, code);
                    st.setDate(3, Date.valueOf(begin));
                    return true;
                });
        LOG.info(() -> String.format("Demodata budget: %d budgetten en %d toeslagen voor %d geladen in %d ms",
                budgetten, toeslagen, jaar, (System.nanoTime() - start) / 1_000_000));
    }

    private static boolean thuis(DemoClient c) {
        return (c.leveringsvorm() == Leveringsvorm.PGB && c.zorgprofiel() != Zorgprofiel.GGZ5W)
                || c.leveringsvorm() == Leveringsvorm.MPT;
    }

    private boolean isLeeg() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "select count(*) from (select 1 from budget.budgettoekenning fetch first 1 rows only) t")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Kan tabel budget.budgettoekenning niet lezen: " + e.getMessage(), e);
        }
    }
}
