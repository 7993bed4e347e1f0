package nl.zorgkantoor.wlz.toezicht.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zorgkantoor.wlz.kernel.platform.ContextSchema;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
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
    private static final AtomicInteger DB = new AtomicInteger();
    private static CijferSamensteller cijfers;

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
        }
        if (System.getProperty("wlz.test.pg.url") == null) {
            regelingen(ds);
        }
        cijfers = new CijferSamensteller(ds);
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
     * toezicht is dropped first, so use a scratch database).
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
