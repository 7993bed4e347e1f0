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
            for (String tabel : new String[] {"overbruggingszorg", "wachtstatus", "wachtlijst_inschrijving"}) {
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
        }
    }

    private static void wachtend(Statement st, LocalDate p, int n, String sector, String profiel, String status,
                                 int dagen) throws SQLException {
        long id = BASIS + n;
        LocalDate van = p.minusDays(dagen);
        st.execute("insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                + " voorkeursaanbieder, ingangsdatum, ingangsdag) values (" + id + ", " + id + ", '" + REGIO + "', '"
                + sector + "', '" + profiel + "', 'AGB1', DATE '" + van + "', " + van.toEpochDay() + ")");
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
