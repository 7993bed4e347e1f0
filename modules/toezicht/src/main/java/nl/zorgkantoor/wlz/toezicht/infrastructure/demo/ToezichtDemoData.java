package nl.zorgkantoor.wlz.toezicht.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.demo.BatchSchrijver;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoWachtlijst.Status;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoWachtlijst.Verblijf;

/**
 * Loads the synthetic waiting list ({@link DemoWachtlijst}) into empty toezicht tables. Ids are derived from the
 * client number (entry = 2n + stay, status = 4·entry + index), so every load of the same population is identical.
 * Each table is written in several passes over the population, one row per client per pass, because
 * {@link BatchSchrijver} writes one row per client.
 */
@Singleton
@Startup
@DependsOn("ToezichtSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class ToezichtDemoData {

    private static final Logger LOG = Logger.getLogger(ToezichtDemoData.class.getName());
    private static final int MAX_VERBLIJVEN = 2;
    private static final int MAX_STATUSSEN = 4;

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void laad() {
        if (!DemoInstellingen.actief()) {
            return;
        }
        if (BatchSchrijver.isLeeg(dataSource, "toezicht.wachtlijst_inschrijving")) {
            long start = System.nanoTime();
            long rijen = laad(dataSource, DemoInstellingen.populatie());
            LOG.info(() -> String.format("Demodata toezicht: %d wachtlijstrijen geladen in %d ms", rijen,
                    (System.nanoTime() - start) / 1_000_000));
        }
        // A demo database from before V4 has a waiting list but no care delivery yet.
        if (BatchSchrijver.isLeeg(dataSource, "toezicht.zorglevering")) {
            long start = System.nanoTime();
            long rijen = laadZorglevering(dataSource, DemoInstellingen.populatie());
            LOG.info(() -> String.format("Demodata toezicht: %d zorgleveringsperiodes geladen in %d ms", rijen,
                    (System.nanoTime() - start) / 1_000_000));
        }
    }

    /**
     * Writes the care-delivery periods (AW35/AW39) of the population, consistent with its waiting list; returns the
     * number of rows. Public for the benchmark set-up.
     */
    public static long laadZorglevering(DataSource dataSource, DemoPopulatie populatie) {
        long rijen = 0;
        for (int p = 0; p < DemoZorglevering.MAX_PERIODES; p++) {
            int index = p;
            rijen += BatchSchrijver.schrijf(dataSource, populatie,
                    "insert into toezicht.zorglevering (id, client_id, regio_code, sector, zorgprofiel, leveringsvorm,"
                            + " aanbieder, begindatum, einddatum, mutatiecode_einde, gemeld_op, bron)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
                    (st, c) -> levering(st, c, DemoZorglevering.periodes(populatie, c,
                            DemoWachtlijst.verblijven(populatie, c)), index));
        }
        BatchSchrijver.zetSequenceBoven(dataSource, "toezicht.zorglevering_seq",
                (long) DemoZorglevering.MAX_PERIODES * (populatie.aantal() + 1));
        return rijen;
    }

    private static boolean levering(PreparedStatement st, DemoClient c, List<DemoZorglevering.Levering> leveringen,
                                    int index) throws SQLException {
        if (index >= leveringen.size()) {
            return false;
        }
        DemoZorglevering.Levering l = leveringen.get(index);
        st.setLong(1, (long) DemoZorglevering.MAX_PERIODES * c.nummer() + index);
        st.setLong(2, c.nummer());
        st.setString(3, c.regio().code());
        st.setString(4, c.zorgprofiel().sector().name());
        st.setString(5, c.zorgprofiel().name());
        st.setString(6, l.leveringsvorm().name());
        st.setString(7, l.aanbieder());
        st.setDate(8, Date.valueOf(l.begin()));
        datum(st, 9, l.einde());
        st.setString(10, l.mutatiecodeEinde());
        st.setTimestamp(11, Timestamp.valueOf(l.begin().atTime(LocalTime.of(9, 0))));
        return true;
    }

    /** Writes the waiting list of the population; returns the number of rows. Public for the benchmark set-up. */
    public static long laad(DataSource dataSource, DemoPopulatie populatie) {
        long rijen = 0;
        for (int v = 0; v < MAX_VERBLIJVEN; v++) {
            int verblijf = v;
            rijen += BatchSchrijver.schrijf(dataSource, populatie,
                    "insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                            + " voorkeursaanbieder, ingangsdatum, ingangsdag, einddatum, einddag, eindstatus,"
                            + " geplaatst_bij, bij_voorkeur, alternatief_geweigerd)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (st, c) -> verblijf(populatie, c, verblijf) != null && inschrijving(st, c,
                            verblijf(populatie, c, verblijf)));
        }
        for (int v = 0; v < MAX_VERBLIJVEN; v++) {
            for (int s = 0; s < MAX_STATUSSEN; s++) {
                int verblijf = v;
                int index = s;
                rijen += BatchSchrijver.schrijf(dataSource, populatie,
                        "insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector,"
                                + " zorgprofiel, status, classificatie, aanbieder, ingangsdatum, einddatum, gemeld_op,"
                                + " bron) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
                        (st, c) -> status(st, c, verblijf(populatie, c, verblijf), index));
            }
            int verblijf = v;
            rijen += BatchSchrijver.schrijf(dataSource, populatie,
                    "insert into toezicht.overbruggingszorg (id, inschrijving_id, client_id, regio_code,"
                            + " ingangsdatum, ingangsdag, einddatum, einddag) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    (st, c) -> overbrugging(st, c, verblijf(populatie, c, verblijf)));
        }
        long hoogsteId = 4L * (2L * populatie.aantal() + MAX_VERBLIJVEN) + MAX_STATUSSEN;
        for (String seq : List.of("wachtlijst_inschrijving_seq", "wachtstatus_seq", "overbruggingszorg_seq")) {
            BatchSchrijver.zetSequenceBoven(dataSource, "toezicht." + seq, hoogsteId);
        }
        return rijen;
    }

    private static Verblijf verblijf(DemoPopulatie populatie, DemoClient client, int volgnummer) {
        List<Verblijf> verblijven = DemoWachtlijst.verblijven(populatie, client);
        return volgnummer < verblijven.size() ? verblijven.get(volgnummer) : null;
    }

    private static long inschrijvingId(DemoClient c, Verblijf v) {
        return 2 * c.nummer() + v.volgnummer();
    }

    private static boolean inschrijving(PreparedStatement st, DemoClient c, Verblijf v) throws SQLException {
        st.setLong(1, inschrijvingId(c, v));
        st.setLong(2, c.nummer());
        st.setString(3, c.regio().code());
        st.setString(4, c.zorgprofiel().sector().name());
        st.setString(5, c.zorgprofiel().name());
        st.setString(6, v.voorkeursaanbieder());
        st.setDate(7, Date.valueOf(v.begin()));
        st.setLong(8, v.begin().toEpochDay());
        datum(st, 9, v.einde());
        if (v.einde() == null) {
            st.setNull(10, Types.BIGINT);
            st.setNull(11, Types.VARCHAR);
        } else {
            st.setLong(10, v.einde().toEpochDay());
            st.setString(11, v.eindstatus().code());
        }
        st.setString(12, v.geplaatstBij());
        if (v.geplaatstBij() == null) {
            st.setNull(13, Types.BOOLEAN);
        } else {
            st.setBoolean(13, v.geplaatstBij().equals(v.voorkeursaanbieder()));
        }
        st.setBoolean(14, v.alternatiefGeweigerd());
        return true;
    }

    private static boolean status(PreparedStatement st, DemoClient c, Verblijf v, int index) throws SQLException {
        if (v == null || index >= v.statussen().size()) {
            return false;
        }
        Status s = v.statussen().get(index);
        LocalDate tot = index + 1 < v.statussen().size() ? v.statussen().get(index + 1).van() : v.einde();
        long inschrijving = inschrijvingId(c, v);
        st.setLong(1, 4 * inschrijving + index);
        st.setLong(2, inschrijving);
        st.setLong(3, c.nummer());
        st.setString(4, c.regio().code());
        st.setString(5, c.zorgprofiel().sector().name());
        st.setString(6, c.zorgprofiel().name());
        st.setString(7, s.status().code());
        st.setString(8, s.classificatie());
        st.setString(9, v.voorkeursaanbieder());
        st.setDate(10, Date.valueOf(s.van()));
        datum(st, 11, tot);
        st.setTimestamp(12, Timestamp.valueOf(s.van().atTime(LocalTime.of(9, 0))));
        return true;
    }

    private static boolean overbrugging(PreparedStatement st, DemoClient c, Verblijf v) throws SQLException {
        if (v == null || !v.heeftOverbrugging()) {
            return false;
        }
        long inschrijving = inschrijvingId(c, v);
        st.setLong(1, inschrijving);
        st.setLong(2, inschrijving);
        st.setLong(3, c.nummer());
        st.setString(4, c.regio().code());
        st.setDate(5, Date.valueOf(v.overbruggingVan()));
        st.setLong(6, v.overbruggingVan().toEpochDay());
        datum(st, 7, v.overbruggingTot());
        if (v.overbruggingTot() == null) {
            st.setNull(8, Types.BIGINT);
        } else {
            st.setLong(8, v.overbruggingTot().toEpochDay());
        }
        return true;
    }

    private static void datum(PreparedStatement st, int index, LocalDate datum) throws SQLException {
        if (datum == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setDate(index, Date.valueOf(datum));
        }
    }
}
