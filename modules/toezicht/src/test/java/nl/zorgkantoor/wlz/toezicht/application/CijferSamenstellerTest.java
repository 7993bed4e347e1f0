package nl.zorgkantoor.wlz.toezicht.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zorgkantoor.wlz.kernel.platform.ContextSchema;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.domain.Celopmaak;
import nl.zorgkantoor.wlz.toezicht.domain.Resultaatuitspraak;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every indicator on a small hand-made waiting list in region 5509 (plus one client in 5515), peildatum
 * 1 September 2026, against figures computed by hand (see the comments). Norms are the migration's demo values:
 * streefnorm urgent 1 week, actief 13, wacht op voorkeur 26; overbrugging 13 weeks; statusupdate 26 weeks.
 */
class CijferSamenstellerTest {

    private static final LocalDate P = LocalDate.of(2026, 9, 1);
    private static final LocalDate P2 = P.plusYears(1);
    private static final AtomicInteger DB = new AtomicInteger();
    private static CijferSamensteller cijfers;
    private static DataSource bron;

    @BeforeAll
    static void fixture() throws SQLException {
        DataSource ds = databron();
        ContextSchema.migreer(ds, "toezicht", CijferSamenstellerTest.class.getClassLoader());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // urgent plaatsen, V&V: 1-3 waiting 10 days (beyond 7), 4-6 waiting 5 days; 1 and 2 have overbrugging
            for (int id = 1; id <= 6; id++) {
                wachtend(st, id, "5509", "VV", "VV5", "6", id <= 3 ? 10 : 5);
            }
            // actief plaatsen, GHZ 7VG: 7 and 8 waiting 100 days (beyond 91), 9-11 waiting 30 days; 7 has overbrugging
            for (int id = 7; id <= 11; id++) {
                wachtend(st, id, "5509", "GHZ", "VG7", "7", id <= 8 ? 100 : 30);
            }
            // wacht op voorkeur, GGZ 5GGZ-W: 12 and 13 waiting 200 days (beyond 182) with overbrugging, 14-18 50 days
            for (int id = 12; id <= 18; id++) {
                wachtend(st, id, "5509", "GGZ", "GGZ5W", "2", id <= 13 ? 200 : 50);
            }
            // wacht uit voorzorg, 4VV: not in the waiting figures
            wachtend(st, 19, "5509", "VV", "VV4", "3", 10);
            // another region
            wachtend(st, 20, "5515", "VV", "VV5", "6", 3);
            overbrugging(st, 1, "5509", 8);
            overbrugging(st, 2, "5509", 8);
            overbrugging(st, 7, "5509", 95);
            overbrugging(st, 12, "5509", 100);
            overbrugging(st, 13, "5509", 100);
            st.execute("update toezicht.wachtlijst_inschrijving set alternatief_geweigerd = true where id = 12");
            // admissions in the twelve months before P: 21 (actief, at preference), 22 (urgent, elsewhere),
            // 23-27 (wacht op voorkeur, at preference)
            afgesloten(st, 21, "VV", "VV5", "7", 400, 100, true);
            afgesloten(st, 22, "VV", "VV5", "6", 300, 200, false);
            for (int id = 23; id <= 27; id++) {
                afgesloten(st, id, "VV", "VV6", "2", 300, 50, true);
            }
            aanbieders(st);
            zorglevering(st);
        }
        regelingen(ds);
        cijfers = new CijferSamensteller(ds);
        bron = ds;
    }

    /** regelingen's published view, as its api package-info describes it, stood in for by a table. */
    private static void regelingen(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("create schema regelingen");
            st.execute("create table regelingen.v_toegekende_regeling (aanvraag_id bigint, client_id bigint,"
                    + " soort varchar(20), periode_begin date, periode_eind date, bedrag numeric(14,2),"
                    + " status varchar(12), regio_code varchar(4), zorgprofiel varchar(10), leveringsvormen varchar(60))");
            // 5 at home with meerzorg (one client twice), 1 meerzorg in verblijf, 1 pab, 1 expired ekt, 1 other region
            String[] rijen = {"1, 'MEERZORG', '2026-01-01', '2026-12-31', 'TOEGEKEND', '5509', 'MPT'",
                "2, 'MEERZORG', '2026-01-01', null, 'TOEGEKEND', '5509', 'MPT,PGB'",
                "3, 'MEERZORG', '2026-09-01', '2026-09-01', 'TOEGEKEND', '5509', 'PGB'",
                "4, 'MEERZORG', '2025-01-01', '2027-01-01', 'TOEGEKEND', '5509', 'VPT'",
                "5, 'MEERZORG', '2026-01-01', '2026-12-31', 'TOEGEKEND', '5509', 'MPT'",
                "5, 'MEERZORG', '2026-06-01', '2026-12-31', 'TOEGEKEND', '5509', 'MPT'",
                "6, 'MEERZORG', '2026-01-01', '2026-12-31', 'TOEGEKEND', '5509', 'VERBLIJF'",
                "7, 'PAB', '2026-01-01', '2026-12-31', 'TOEGEKEND', '5509', 'PGB'",
                "8, 'EKT', '2025-01-01', '2026-08-31', 'TOEGEKEND', '5509', 'PGB'",
                "9, 'EKT', '2026-01-01', '2026-12-31', 'INGETROKKEN', '5509', 'PGB'",
                "10, 'MEERZORG', '2026-01-01', '2026-12-31', 'TOEGEKEND', '5515', 'MPT'"};
            int id = 1;
            for (String r : rijen) {
                String[] d = r.split(", ");
                st.execute("insert into regelingen.v_toegekende_regeling (aanvraag_id, client_id, soort, periode_begin,"
                        + " periode_eind, bedrag, status, regio_code, zorgprofiel, leveringsvormen) values (" + id++
                        + ", " + d[0] + ", " + d[1] + ", DATE " + d[2] + ", " + ("null".equals(d[3]) ? "null" : "DATE " + d[3])
                        + ", 0, " + d[4] + ", " + d[5] + ", 'VV5', " + d[6] + ")");
            }
        }
    }

    /**
     * H2 in memory; with -Dwlz.test.pg.url=jdbc:postgresql://... the same fixture runs on PostgreSQL (its schema
     * toezicht and regelingen are dropped first, so use a scratch database).
     */
    private static DataSource databron() throws SQLException {
        String pg = System.getProperty("wlz.test.pg.url");
        if (pg == null || pg.isBlank()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:cijfers" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
            h2.setUser("sa");
            return h2;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(pg);
        ds.setUser("postgres");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists toezicht cascade");
            st.execute("drop schema if exists regelingen cascade");
        }
        return ds;
    }

    private static void wachtend(Statement st, int id, String regio, String sector, String profiel, String status,
                                 int dagen) throws SQLException {
        LocalDate van = P.minusDays(dagen);
        st.execute("insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                + " voorkeursaanbieder, ingangsdatum, ingangsdag) values (" + id + ", " + id + ", '" + regio + "', '"
                + sector + "', '" + profiel + "', 'AGB1', DATE '" + van + "', " + van.toEpochDay() + ")");
        st.execute("insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector, zorgprofiel,"
                + " status, ingangsdatum, gemeld_op, bron) values (" + id + ", " + id + ", " + id + ", '" + regio
                + "', '" + sector + "', '" + profiel + "', '" + status + "', DATE '" + van + "', TIMESTAMP '" + van
                + " 09:00:00', 'test')");
    }

    private static void afgesloten(Statement st, int id, String sector, String profiel, String status, int begin,
                                   int einde, boolean bijVoorkeur) throws SQLException {
        LocalDate van = P.minusDays(begin);
        LocalDate tot = P.minusDays(einde);
        st.execute("insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                + " voorkeursaanbieder, ingangsdatum, ingangsdag, einddatum, einddag, eindstatus, geplaatst_bij,"
                + " bij_voorkeur) values (" + id + ", " + id + ", '5509', '" + sector + "', '" + profiel + "', 'AGB1',"
                + " DATE '" + van + "', " + van.toEpochDay() + ", DATE '" + tot + "', " + tot.toEpochDay() + ", '4', '"
                + (bijVoorkeur ? "AGB1" : "AGB2") + "', " + bijVoorkeur + ")");
        st.execute("insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector, zorgprofiel,"
                + " status, ingangsdatum, einddatum, gemeld_op, bron) values (" + id + ", " + id + ", " + id
                + ", '5509', '" + sector + "', '" + profiel + "', '" + status + "', DATE '" + van + "', DATE '" + tot
                + "', TIMESTAMP '" + van + " 09:00:00', 'test')");
    }

    /**
     * Table B7 (RULES W-04) in region 5521 on P2 = 1-9-2027. Every entry starts after P, so none of the figures on P
     * above changes; the entries of 5509 and 5515 are still open on P2 and count nationally (all AGB1).
     */
    private static void aanbieders(Statement st) throws SQLException {
        int id = 1000;
        // 10000001: 6 urgent, 3 actief plaatsen + 2 actief wachtend (counted as actief), 1 wacht op voorkeur = 12
        for (String status : "6,6,6,6,6,6,7,7,7,1,1,2".split(",")) {
            wachtendOpP2(st, id++, "10000001", status, 100);
        }
        // 10000002: 7 wacht op voorkeur, 5 wacht uit voorzorg = 12, the same total: after 10000001 by AGB code
        for (String status : "2,2,2,2,2,2,2,3,3,3,3,3".split(",")) {
            wachtendOpP2(st, id++, "10000002", status, 100);
        }
        // 10000003: 8 wacht uit voorzorg, and one client who went from voorzorg to urgent 50 days before P2 = 9
        for (int i = 0; i < 8; i++) {
            wachtendOpP2(st, id++, "10000003", "3", 100);
        }
        wachtendOpP2(st, id, "10000003", "3", 100);
        st.execute("update toezicht.wachtstatus set einddatum = DATE '" + P2.minusDays(50) + "' where id = " + id);
        st.execute("insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector, zorgprofiel,"
                + " status, ingangsdatum, gemeld_op, bron) values (" + (id + 50_000) + ", " + id + ", " + id
                + ", '5521', 'VV', 'VV6', '6', DATE '" + P2.minusDays(50) + "', TIMESTAMP '" + P2.minusDays(50)
                + " 09:00:00', 'test')");
        id++;
        // no voorkeursaanbieder: 6 wacht uit voorzorg
        for (int i = 0; i < 6; i++) {
            wachtendOpP2(st, id++, null, "3", 100);
        }
        // 10000030: 1 urgent + 1 wacht op voorkeur = 2, ahead of all aanbieders with 1
        wachtendOpP2(st, id++, "10000030", "6", 100);
        wachtendOpP2(st, id++, "10000030", "2", 100);
        // 10000004-10000028: 1 wacht op voorkeur each; 10000029: 1 wacht uit voorzorg
        for (int agb = 10000004; agb <= 10000029; agb++) {
            wachtendOpP2(st, id++, Integer.toString(agb), agb == 10000029 ? "3" : "2", 100);
        }
        // not waiting on P2: 10000030's entry ended in care 10 days before, 10000005's starts the day after
        wachtendOpP2(st, id, "10000030", "2", 200);
        st.execute("update toezicht.wachtstatus set einddatum = DATE '" + P2.minusDays(10) + "' where id = " + id);
        st.execute("update toezicht.wachtlijst_inschrijving set einddatum = DATE '" + P2.minusDays(10) + "', einddag = "
                + P2.minusDays(10).toEpochDay() + ", eindstatus = '4' where id = " + id++);
        wachtendOpP2(st, id, "10000005", "6", -1);
    }

    private static void wachtendOpP2(Statement st, int id, String agb, String status, int dagen) throws SQLException {
        LocalDate van = P2.minusDays(dagen);
        st.execute("insert into toezicht.wachtlijst_inschrijving (id, client_id, regio_code, sector, zorgprofiel,"
                + " voorkeursaanbieder, ingangsdatum, ingangsdag) values (" + id + ", " + id + ", '5521', 'VV', 'VV6', "
                + (agb == null ? "null" : "'" + agb + "'") + ", DATE '" + van + "', " + van.toEpochDay() + ")");
        st.execute("insert into toezicht.wachtstatus (id, inschrijving_id, client_id, regio_code, sector, zorgprofiel,"
                + " status, ingangsdatum, gemeld_op, bron) values (" + id + ", " + id + ", " + id + ", '5521', 'VV',"
                + " 'VV6', '" + status + "', DATE '" + van + "', TIMESTAMP '" + van + " 09:00:00', 'test')");
    }

    /**
     * Care-delivery periods in 5509 (and one in 5515) for the population table on P and one year earlier, V =
     * 1-9-2025. Einddatum is exclusive, begindatum inclusive.
     */
    private static void zorglevering(Statement st) throws SQLException {
        LocalDate lang = LocalDate.of(2024, 1, 1);
        LocalDate v = P.minusYears(1);
        int id = 1;
        // V&V verblijf: 101-107 on both dates, 109 and 112 (starts on P) on P only, 111 (ends on P) on V only,
        // 113 (ends on V) on neither: V 8, P 9
        for (int c = 101; c <= 107; c++) {
            levering(st, id++, c, "5509", "VV", "VV5", "VERBLIJF", "20000001", lang, null);
        }
        levering(st, id++, 109, "5509", "VV", "VV5", "VERBLIJF", "20000001", P.minusDays(100), null);
        levering(st, id++, 111, "5509", "VV", "VV5", "VERBLIJF", "20000001", lang, P);
        levering(st, id++, 112, "5509", "VV", "VV5", "VERBLIJF", "20000001", P, null);
        levering(st, id++, 113, "5509", "VV", "VV5", "VERBLIJF", "20000001", lang, v);
        // V&V vpt: 121-125 on P; 121 also has deeltijdverblijf at the same time
        for (int c = 121; c <= 125; c++) {
            levering(st, id++, c, "5509", "VV", "VV5", "VPT", "20000002", P.minusDays(200), null);
        }
        levering(st, id++, 121, "5509", "VV", "VV5", "DTV", "20000003", P.minusDays(50), null);
        // V&V mpt: 131 from two aanbieders at once (one client), 132
        levering(st, id++, 131, "5509", "VV", "VV5", "MPT", "20000001", P.minusDays(300), null);
        levering(st, id++, 131, "5509", "VV", "VV5", "MPT", "20000002", P.minusDays(300), null);
        levering(st, id++, 132, "5509", "VV", "VV5", "MPT", "20000002", P.minusDays(300), null);
        // GHZ verblijf: 141-146 on both dates, 148 until the day after V (on V only); 147 vpt until 10 days
        // before P
        for (int c = 141; c <= 146; c++) {
            levering(st, id++, c, "5509", "GHZ", "VG7", "VERBLIJF", "20000004", lang, null);
        }
        levering(st, id++, 148, "5509", "GHZ", "VG7", "VERBLIJF", "20000004", lang, v.plusDays(1));
        levering(st, id++, 147, "5509", "GHZ", "VG7", "VPT", "20000004", lang, P.minusDays(10));
        // another region
        levering(st, id, 161, "5515", "VV", "VV5", "VERBLIJF", "20000005", lang, null);
    }

    private static void levering(Statement st, int id, long client, String regio, String sector, String profiel,
                                 String vorm, String aanbieder, LocalDate begin, LocalDate einde) throws SQLException {
        st.execute("insert into toezicht.zorglevering (id, client_id, regio_code, sector, zorgprofiel, leveringsvorm,"
                + " aanbieder, begindatum, einddatum, gemeld_op, bron) values (" + id + ", " + client + ", '" + regio
                + "', '" + sector + "', '" + profiel + "', '" + vorm + "', '" + aanbieder + "', DATE '" + begin + "', "
                + (einde == null ? "null" : "DATE '" + einde + "'") + ", TIMESTAMP '" + begin + " 09:00:00', 'test')");
    }

    private static void overbrugging(Statement st, int id, String regio, int dagen) throws SQLException {
        LocalDate van = P.minusDays(dagen);
        st.execute("insert into toezicht.overbruggingszorg (id, inschrijving_id, client_id, regio_code, ingangsdatum,"
                + " ingangsdag) values (" + id + ", " + id + ", " + id + ", '" + regio + "', DATE '" + van + "', "
                + van.toEpochDay() + ")");
    }

    private static String cel(Indicator i, String regio, String rij, String kolom) {
        return cijfers.bereken(i, regio, P).cel(rij, kolom).tekst();
    }

    // RULES W-02
    @Test
    void w02_tabel1PerRegioEnLandelijk() {
        Cijfertabel t = cijfers.bereken(Indicator.WACHTENDEN_SECTOR_STATUS, "5509", P);
        assertThat(t.cel("V&V - Urgent plaatsen", "1-9-2026").tekst()).isEqualTo("6");
        assertThat(t.cel("GHZ - Actief plaatsen", "1-9-2026").tekst()).isEqualTo("5");
        assertThat(t.cel("GGZ - Wacht op voorkeur", "1-9-2026").tekst()).isEqualTo("7");
        assertThat(t.cel("Totaal sectoren", "1-9-2026").tekst()).isEqualTo("18");
        // one year back only client 21 waited (actief plaatsen): suppressed, and so is the mutation
        assertThat(t.cel("V&V - Actief plaatsen", "1-9-2025").tekst()).isEqualTo("<5");
        assertThat(t.cel("Totaal sectoren", "Mutatie 2026 t.o.v. 2025").tekst()).isEqualTo("<5");
        assertThat(t.cel("Totaal sectoren", "1-9-2024").tekst()).isEqualTo("0");
        assertThat(t.cel("Totaal sectoren", "Mutatie 2025 t.o.v. 2024").tekst()).isEqualTo("<5");

        Cijfertabel nl = cijfers.bereken(Indicator.WACHTENDEN_SECTOR_STATUS, Cijfertabel.LANDELIJK, P);
        assertThat(nl.cel("V&V - Urgent plaatsen", "1-9-2026").tekst()).isEqualTo("7");
        assertThat(nl.cel("Totaal sectoren", "1-9-2026").tekst()).isEqualTo("19");
    }

    // RULES W-03
    @Test
    void w03_wachttijdTegenDeStreefnorm() {
        Indicator i = Indicator.WACHTTIJD_NORM;
        // urgent: days 5,5,5,10,10,10 -> median (3rd) 5, P80 (5th) 10; 3 of 6 within 7 days; only client 3 beyond
        // the norm without overbrugging -> suppressed
        assertThat(cel(i, "5509", "Urgent plaatsen", "Wachtenden")).isEqualTo("6");
        assertThat(cel(i, "5509", "Urgent plaatsen", "Mediaan (dagen)")).isEqualTo("5");
        assertThat(cel(i, "5509", "Urgent plaatsen", "80e percentiel (dagen)")).isEqualTo("10");
        assertThat(cel(i, "5509", "Urgent plaatsen", "Streefnorm (weken)")).isEqualTo("1");
        assertThat(cel(i, "5509", "Urgent plaatsen", "Binnen norm")).isEqualTo("50,0%");
        assertThat(cel(i, "5509", "Urgent plaatsen", "Boven norm zonder overbrugging")).isEqualTo("<5");
        // actief: 30,30,30,100,100 -> median 30, P80 (4th) 100; 3 of 5 within 91 days
        assertThat(cel(i, "5509", "Actief plaatsen", "Mediaan (dagen)")).isEqualTo("30");
        assertThat(cel(i, "5509", "Actief plaatsen", "80e percentiel (dagen)")).isEqualTo("100");
        assertThat(cel(i, "5509", "Actief plaatsen", "Binnen norm")).isEqualTo("60,0%");
        // wacht op voorkeur: five times 50, twice 200 -> median 50, P80 (6th) 200; 5 of 7 within 182 days
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Mediaan (dagen)")).isEqualTo("50");
        assertThat(cel(i, "5509", "Wacht op voorkeur", "80e percentiel (dagen)")).isEqualTo("200");
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Binnen norm")).isEqualTo("71,4%");
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Boven norm zonder overbrugging")).isEqualTo("0");
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Streefnorm (weken)")).isEqualTo("26");
    }

    // RULES O-02
    @Test
    void o02_overbruggingszorgTegenDeAanvaardbareNorm() {
        Indicator i = Indicator.OVERBRUGGINGSZORG;
        // durations 8, 8, 95, 100, 100: mean 311/5 = 62, longest 100; beyond 91 days: 3; one refused an alternative
        assertThat(cel(i, "5509", "Cliënten met overbruggingszorg", "Waarde")).isEqualTo("5");
        assertThat(cel(i, "5509", "Gemiddelde duur (dagen)", "Waarde")).isEqualTo("62");
        assertThat(cel(i, "5509", "Langste duur (dagen)", "Waarde")).isEqualTo("100");
        assertThat(cel(i, "5509", "Aanvaardbare norm (weken)", "Waarde")).isEqualTo("13");
        assertThat(cel(i, "5509", "Langer dan de norm", "Waarde")).isEqualTo("<5");
        assertThat(cel(i, "5509", "Weigerden een passend alternatief", "Waarde")).isEqualTo("<5");
        assertThat(cel(i, "5515", "Cliënten met overbruggingszorg", "Waarde")).isEqualTo("0");
    }

    // RULES W-05
    @Test
    void w05_opnamesOpDePlaatsVanVoorkeur() {
        Indicator i = Indicator.PLAATSING_VOORKEUR;
        // 7 admissions, 6 at preference; the one after urgent plaatsen went elsewhere
        assertThat(cel(i, "5509", "Alle opnames", "Opnames")).isEqualTo("7");
        assertThat(cel(i, "5509", "Alle opnames", "Aandeel bij voorkeur")).isEqualTo("85,7%");
        assertThat(cel(i, "5509", "Opnames na urgent plaatsen", "Opnames")).isEqualTo("<5");
        assertThat(cel(i, "5509", "Overige opnames", "Aandeel bij voorkeur")).isEqualTo("100,0%");
    }

    // RULES W-04
    @Test
    void w04_achterstalligeStatusupdates() {
        Indicator i = Indicator.STATUSUPDATE;
        // clients 12 and 13 were last reported 200 days ago, beyond 26 weeks
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Wachtenden")).isEqualTo("7");
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Update achterstallig")).isEqualTo("<5");
        assertThat(cel(i, "5509", "Wacht op voorkeur", "Aandeel achterstallig")).isEqualTo("28,6%");
        assertThat(cel(i, "5509", "Urgent plaatsen", "Update achterstallig")).isEqualTo("0");
    }

    @Test
    void frictiegroepenEnProfielen() {
        assertThat(cel(Indicator.FRICTIEGROEPEN, "5509", "7VG", "Wachtenden")).isEqualTo("5");
        assertThat(cel(Indicator.FRICTIEGROEPEN, "5509", "5GGZ-W", "Wachtenden")).isEqualTo("7");
        assertThat(cel(Indicator.FRICTIEGROEPEN, "5509", "4VV", "Wachtenden")).as("voorzorg telt niet").isEqualTo("0");
        assertThat(cel(Indicator.WACHTENDEN_PROFIEL, "5509", "4VV", "Wacht uit voorzorg")).isEqualTo("<5");
        assertThat(cel(Indicator.WACHTENDEN_PROFIEL, "5509", "5GGZ-W", "Totaal")).isEqualTo("7");
    }

    // RULES W-04, W-08: table B7, ordered by total (ties by AGB code), 25 aanbieders and the rest in one row
    @Test
    void w04_wachtendenPerVoorkeursaanbieder() {
        Cijfertabel t = cijfers.bereken(Indicator.WACHTENDEN_AANBIEDER, "5521", P2);
        assertThat(t.kolommen()).containsExactly("Urgent plaatsen", "Actief plaatsen", "Wacht op voorkeur",
                "Wacht uit voorzorg", "Totaal");
        List<String> verwacht = new ArrayList<>(List.of("10000001", "10000002", "10000003",
                "Geen voorkeursaanbieder", "10000030"));
        for (int agb = 10000004; agb <= 10000023; agb++) {
            verwacht.add(Integer.toString(agb));
        }
        verwacht.add("Overige aanbieders");
        assertThat(t.rijen()).extracting(Cijfertabel.Rij::label).containsExactlyElementsOf(verwacht);
        assertThat(teksten(t, "10000001")).containsExactly("6", "5", "<5", "0", "12");
        assertThat(teksten(t, "10000002")).containsExactly("0", "0", "7", "5", "12");
        // the status held on P2 counts: the client who moved from voorzorg to urgent is urgent
        assertThat(teksten(t, "10000003")).containsExactly("<5", "0", "0", "8", "9");
        assertThat(teksten(t, "Geen voorkeursaanbieder")).containsExactly("0", "0", "0", "6", "6");
        // the ended entry and the one starting after P2 do not count
        assertThat(teksten(t, "10000030")).containsExactly("<5", "0", "<5", "0", "<5");
        assertThat(teksten(t, "10000005")).containsExactly("0", "0", "<5", "0", "<5");
        // 10000024-10000029: five wacht op voorkeur and one wacht uit voorzorg
        assertThat(teksten(t, "Overige aanbieders")).containsExactly("0", "0", "5", "<5", "6");

        // nationally AGB1 (18 waiting and 1 voorzorg in 5509, 1 urgent in 5515) leads; one more aanbieder drops out
        Cijfertabel nl = cijfers.bereken(Indicator.WACHTENDEN_AANBIEDER, Cijfertabel.LANDELIJK, P2);
        assertThat(nl.rijen()).hasSize(26);
        assertThat(nl.rijen().get(0).label()).isEqualTo("AGB1");
        assertThat(teksten(nl, "AGB1")).containsExactly("7", "5", "7", "<5", "20");
        assertThat(nl.rijen().get(24).label()).isEqualTo("10000022");
        assertThat(teksten(nl, "Overige aanbieders")).containsExactly("0", "0", "6", "<5", "7");

        // at most 25 aanbieders: no roll-up row
        assertThat(cijfers.bereken(Indicator.WACHTENDEN_AANBIEDER, "5509", P).rijen()).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("AGB1"));
        assertThat(teksten(cijfers.bereken(Indicator.WACHTENDEN_AANBIEDER, "5509", P), "AGB1"))
                .containsExactly("6", "5", "7", "<5", "19");
    }

    private static List<String> teksten(Cijfertabel t, String rij) {
        return t.rijen().stream().filter(r -> r.label().equals(rij)).findFirst().orElseThrow()
                .cellen().stream().map(Cijfertabel.Cel::tekst).toList();
    }

    // RULES W-02, W-08: clients in care per sector and leveringsvorm on P and one year earlier
    @Test
    void w02_populatiePerSectorEnLeveringsvorm() {
        Cijfertabel t = cijfers.bereken(Indicator.POPULATIE_LEVERINGSVORM, "5509", P);
        assertThat(t.kolommen()).containsExactly("1-9-2025", "1-9-2026", "Mutatie 2026 t.o.v. 2025");
        assertThat(t.rijen()).hasSize(24);
        // 8 -> 9 = +12.5%, rounded half away from zero as in Tabel 1
        assertThat(teksten(t, "V&V - Verblijf")).containsExactly("8", "9", "+13%");
        assertThat(teksten(t, "V&V - Vpt")).containsExactly("0", "5", "n.v.t.");
        // 131 has mpt from two aanbieders: one client
        assertThat(teksten(t, "V&V - Mpt")).containsExactly("0", "<5", "<5");
        assertThat(teksten(t, "V&V - Deeltijdverblijf")).containsExactly("0", "<5", "<5");
        assertThat(teksten(t, "V&V - Verkeerde bed")).containsExactly("0", "0", "n.v.t.");
        // 121 (vpt and dtv) counts once: 9 + 5 + 2 = 16 clients
        assertThat(teksten(t, "Totaal V&V")).containsExactly("8", "16", "+100%");
        // 7 -> 6 = -14.3%
        assertThat(teksten(t, "GHZ - Verblijf")).containsExactly("7", "6", "-14%");
        assertThat(teksten(t, "GHZ - Vpt")).containsExactly("<5", "0", "<5");
        assertThat(teksten(t, "Totaal GHZ")).containsExactly("8", "6", "-25%");
        assertThat(teksten(t, "Totaal GGZ")).containsExactly("0", "0", "n.v.t.");
        assertThat(teksten(t, "Alle sectoren - Verblijf")).containsExactly("15", "15", "0%");
        assertThat(teksten(t, "Alle sectoren - Vpt")).containsExactly("<5", "5", "<5");
        // 16 -> 22 = +37.5%
        assertThat(teksten(t, "Totaal sectoren")).containsExactly("16", "22", "+38%");

        // nationally client 161 in 5515 too: 17 -> 23 = +35.3%; verblijf V&V 9 -> 10 = +11.1%
        Cijfertabel nl = cijfers.bereken(Indicator.POPULATIE_LEVERINGSVORM, Cijfertabel.LANDELIJK, P);
        assertThat(teksten(nl, "Totaal sectoren")).containsExactly("17", "23", "+35%");
        assertThat(teksten(nl, "V&V - Verblijf")).containsExactly("9", "10", "+11%");
        assertThat(teksten(cijfers.bereken(Indicator.POPULATIE_LEVERINGSVORM, "5515", P), "Totaal sectoren"))
                .containsExactly("<5", "<5", "<5");
    }

    @Test
    void trendOverTwaalfPeildata() {
        Cijfertabel t = cijfers.bereken(Indicator.TREND, "5509", P);
        assertThat(t.rijen()).hasSize(12);
        assertThat(t.cel("1-9-2026", "Totaal").tekst()).isEqualTo("18");
        assertThat(t.cel("1-9-2026", "Urgent plaatsen").tekst()).isEqualTo("6");
        // 1 August: actief 7 and 8, voorkeur 12-18 -> GHZ 2 (suppressed), GGZ 7, total 9
        assertThat(t.cel("1-8-2026", "GGZ").tekst()).isEqualTo("7");
        assertThat(t.cel("1-8-2026", "GHZ").tekst()).isEqualTo("<5");
        assertThat(t.cel("1-8-2026", "Totaal").tekst()).isEqualTo("9");
    }

    // RULES W-01, W-02: the one-pass trend (first and last date per status row) counts exactly what a separate
    // count per date counts, for a region and nationally, for every sector, the total and urgent plaatsen.
    @Test
    void w02_trendInEenDoorgangIsGelijkAanEenTellingPerPeildatum() throws SQLException {
        for (String regio : List.of("5509", Cijfertabel.LANDELIJK)) {
            Cijfertabel t = cijfers.bereken(Indicator.TREND, regio, P);
            for (int m = 11; m >= 0; m--) {
                LocalDate d = P.minusMonths(m);
                String waar = " from toezicht.wachtstatus s where s.status in ('1', '2', '6', '7') and s.ingangsdatum"
                        + " <= DATE '" + d + "' and (s.einddatum is null or s.einddatum > DATE '" + d + "')"
                        + (regio.equals(Cijfertabel.LANDELIJK) ? "" : " and s.regio_code = '" + regio + "'");
                String label = d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
                assertThat(t.cel(label, "Totaal").tekst()).as(regio + " " + d)
                        .isEqualTo(Celopmaak.aantal(tel("select count(*)" + waar)).tekst());
                assertThat(t.cel(label, "Urgent plaatsen").tekst()).as(regio + " " + d)
                        .isEqualTo(Celopmaak.aantal(tel("select count(*)" + waar + " and s.status = '6'")).tekst());
                for (String[] sector : new String[][] {{"VV", "V&V"}, {"GHZ", "GHZ"}, {"GGZ", "GGZ"}}) {
                    assertThat(t.cel(label, sector[1]).tekst()).as(regio + " " + d + " " + sector[0]).isEqualTo(
                            Celopmaak.aantal(tel("select count(*)" + waar + " and s.sector = '" + sector[0] + "'"))
                                    .tekst());
                }
            }
        }
    }

    private static long tel(String sql) throws SQLException {
        try (Connection c = bron.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // RULES W-07
    @Test
    void w07_resultaatuitspraakPerUitgangspunt() {
        Cijfertabel t = cijfers.bereken(Indicator.RESULTAATUITSPRAAK, "5509", P);
        // 3 of 6 urgent beyond the norm = 50% > 20%: tijdigheid not met; 85.7% at preference; 2 beyond the norm
        // without overbrugging (clients 3 and 8): passende zorg under pressure
        assertThat(t.cel("Tijdigheid", "Oordeel").tekst()).isEqualTo("Niet voldaan");
        assertThat(t.cel("Tijdigheid", "Onderbouwing").tekst()).contains("Urgent buiten norm: 50,0% van 6");
        assertThat(t.cel("Keuzevrijheid", "Oordeel").tekst()).isEqualTo("Voldaan");
        assertThat(t.cel("Passende zorg", "Oordeel").tekst()).isEqualTo("Onder druk");
        assertThat(t.cel("Zorgplicht totaal", "Oordeel").tekst()).isEqualTo("Niet voldaan");
    }

    // RULES W-06
    @Test
    void w06_drempelsOverschreden() {
        assertThat(cijfers.overschrijdingen("5509", P)).extracting(Resultaatuitspraak.Overschrijding::indicator)
                .containsExactly(Resultaatuitspraak.URGENT_BUITEN_NORM_PCT);
        assertThat(cijfers.overschrijdingen("5515", P)).as("1 urgent client: onderdrukt, geen melding").isEmpty();
    }

    @Test
    void maatwerkregelingenThuisUitDeViewVanRegelingen() {
        // meerzorg at home in force on P: clients 1-5 (5 counted once) = 5; verblijf, expired and withdrawn excluded
        assertThat(cel(Indicator.MAATWERK_THUIS, "5509", "MEERZORG", "Cliënten thuis")).isEqualTo("5");
        assertThat(cel(Indicator.MAATWERK_THUIS, "5509", "PAB", "Cliënten thuis")).isEqualTo("<5");
        assertThat(cijfers.bereken(Indicator.MAATWERK_THUIS, "5509", P).rijen()).hasSize(2);
        assertThat(cel(Indicator.MAATWERK_THUIS, Cijfertabel.LANDELIJK, "MEERZORG", "Cliënten thuis")).isEqualTo("6");
    }
}
