package nl.zorgkantoor.wlz.it.toezicht;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The known data set of the report ITs: a hand-made waiting list in region 5501 Groningen (no demo data there),
 * relative to the peildatum, the same as the unit test CijferSamenstellerTest uses for 5509, so the expected
 * figures are the hand-computed ones of that test. Earlier runs' rows of 5501 are removed first (PostgreSQL keeps
 * data between runs).
 */
final class ToezichtFixture {

    static final String REGIO = "5501";
    private static final long BASIS = 900_000_000L;

    private ToezichtFixture() {
    }

    static void laad(DataSource ds, LocalDate p) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String tabel : new String[] {"overbruggingszorg", "wachtstatus", "wachtlijst_inschrijving",
                "zorglevering"}) {
                st.execute("delete from toezicht." + tabel + " where regio_code = '" + REGIO + "'");
            }
            for (int id = 1; id <= 6; id++) {
                wachtend(st, p, id, "VV", "VV5", "6", id <= 3 ? 10 : 5);
            }
            for (int id = 7; id <= 11; id++) {
                wachtend(st, p, id, "GHZ", "VG7", "7", id <= 8 ? 100 : 30);
            }
            for (int id = 12; id <= 18; id++) {
                wachtend(st, p, id, "GGZ", "GGZ5W", "2", id <= 13 ? 200 : 50);
            }
            wachtend(st, p, 19, "VV", "VV4", "3", 10);
            for (int id : new int[] {1, 2}) {
                overbrugging(st, p, id, 8);
            }
            overbrugging(st, p, 7, 95);
            overbrugging(st, p, 12, 100);
            overbrugging(st, p, 13, 100);
            st.execute("update toezicht.wachtlijst_inschrijving set alternatief_geweigerd = true where id = "
                    + (BASIS + 12));
            afgesloten(st, p, 21, "VV", "VV5", "7", 400, 100, true);
            afgesloten(st, p, 22, "VV", "VV5", "6", 300, 200, false);
            for (int id = 23; id <= 27; id++) {
                afgesloten(st, p, id, "VV", "VV6", "2", 300, 50, true);
            }
            aanbieders(st, p);
            zorglevering(st, p);
        }
    }

    /**
     * Table B7: besides AGB1 (the 19 above), 30 more voorkeursaanbieders with clients who wait uit voorzorg (not in
     * the other waiting figures): 75010001 has 5, 75010002-75010030 one each. Ranked by total and AGB code: AGB1,
     * 75010001, 75010002-75010024; 75010025-75010030 (6 clients) are "Overige aanbieders".
     */
    private static void aanbieders(Statement st, LocalDate p) throws SQLException {
        int n = 100;
        for (int agb = 75010001; agb <= 75010030; agb++) {
            for (int i = 0; i < (agb == 75010001 ? 5 : 1); i++) {
                wachtend(st, p, n++, "VV", "VV6", "3", 20, Integer.toString(agb));
            }
        }
    }

    /**
     * Care-delivery periods for the population table, on P and one year earlier: V&V verblijf 5 on both dates and 2
     * from 100 days before P; V&V vpt 6 from 200 days before P; GHZ mpt 1 on both dates.
     */
    private static void zorglevering(Statement st, LocalDate p) throws SQLException {
        LocalDate lang = p.minusYears(3);
        int n = 200;
        for (int i = 0; i < 5; i++) {
            levering(st, n++, "VV", "VV5", "VERBLIJF", lang);
        }
        for (int i = 0; i < 2; i++) {
            levering(st, n++, "VV", "VV5", "VERBLIJF", p.minusDays(100));
        }
        for (int i = 0; i < 6; i++) {
            levering(st, n++, "VV", "VV5", "VPT", p.minusDays(200));
        }
        levering(st, n, "GHZ", "VG7", "MPT", lang);
    }

    private static void levering(Statement st, int n, String sector, String profiel, String vorm, LocalDate begin)
            throws SQLException {
        long id = BASIS + n;
        st.execute("insert into toezicht.zorglevering (id, client_id, regio_code, sector, zorgprofiel, leveringsvorm,"
                + " aanbieder, begindatum, gemeld_op, bron) values (" + id + ", " + id + ", '" + REGIO + "', '" + sector
                + "', '" + profiel + "', '" + vorm + "', '75010001', DATE '" + begin + "', TIMESTAMP '" + begin
                + " 09:00:00', 'it')");
    }

    private static void wachtend(Statement st, LocalDate p, int n, String sector, String profiel, String status,
                                 int dagen) throws SQLException {
        wachtend(st, p, n, sector, profiel, status, dagen, "AGB1");
    }

    private static void wachtend(Statement st, LocalDate p, int n, String sector, String profiel, String status,
                                 int dagen, String voorkeursaanbieder) throws SQLException {
        long id = BASIS + n;
        LocalDate van = p.minusDays(dagen);
        st.execute("insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                + " voorkeursaanbieder, ingangsdatum, ingangsdag) values (" + id + ", " + id + ", '" + REGIO + "', '"
                + sector + "', '" + profiel + "', '" + voorkeursaanbieder + "', DATE '" + van + "', " + van.toEpochDay()
                + ")");
        st.execute("insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector, zorgprofiel,"
                + " status, ingangsdatum, gemeld_op, bron) values (" + id + ", " + id + ", " + id + ", '" + REGIO
                + "', '" + sector + "', '" + profiel + "', '" + status + "', DATE '" + van + "', TIMESTAMP '" + van
                + " 09:00:00', 'it')");
    }

    private static void afgesloten(Statement st, LocalDate p, int n, String sector, String profiel, String status,
                                   int begin, int einde, boolean bijVoorkeur) throws SQLException {
        long id = BASIS + n;
        LocalDate van = p.minusDays(begin);
        LocalDate tot = p.minusDays(einde);
        st.execute("insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                + " voorkeursaanbieder, ingangsdatum, ingangsdag, einddatum, einddag, eindstatus, geplaatst_bij,"
                + " bij_voorkeur) values (" + id + ", " + id + ", '" + REGIO + "', '" + sector + "', '" + profiel
                + "', 'AGB1', DATE '" + van + "', " + van.toEpochDay() + ", DATE '" + tot + "', " + tot.toEpochDay()
                + ", '4', '" + (bijVoorkeur ? "AGB1" : "AGB2") + "', " + bijVoorkeur + ")");
        st.execute("insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector, zorgprofiel,"
                + " status, ingangsdatum, einddatum, gemeld_op, bron) values (" + id + ", " + id + ", " + id + ", '"
                + REGIO + "', '" + sector + "', '" + profiel + "', '" + status + "', DATE '" + van + "', DATE '" + tot
                + "', TIMESTAMP '" + van + " 09:00:00', 'it')");
    }

    private static void overbrugging(Statement st, LocalDate p, int n, int dagen) throws SQLException {
        long id = BASIS + n;
        LocalDate van = p.minusDays(dagen);
        st.execute("insert into toezicht.overbruggingszorg (id, inschrijving_id, client_id, regio_code, ingangsdatum,"
                + " ingangsdag) values (" + id + ", " + id + ", " + id + ", '" + REGIO + "', DATE '" + van + "', "
                + van.toEpochDay() + ")");
    }
}
