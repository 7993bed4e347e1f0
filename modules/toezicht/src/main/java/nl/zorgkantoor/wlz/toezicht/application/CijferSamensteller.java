package nl.zorgkantoor.wlz.toezicht.application;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Cel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Rij;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.domain.Celopmaak;
import nl.zorgkantoor.wlz.toezicht.domain.Resultaatuitspraak;
import nl.zorgkantoor.wlz.toezicht.domain.Resultaatuitspraak.Invoer;
import nl.zorgkantoor.wlz.toezicht.domain.Resultaatuitspraak.Overschrijding;
import nl.zorgkantoor.wlz.toezicht.domain.Resultaatuitspraak.Uitspraak;
import nl.zorgkantoor.wlz.toezicht.domain.Tabel1;

/**
 * Computes the indicators of the nightly reports with set-based SQL over the toezicht tables: every query
 * aggregates in the database and returns a handful of rows, whatever the number of clients. The SQL runs on H2 and
 * PostgreSQL alike: durations are differences of epoch-day columns, dates are literals made from a
 * {@link LocalDate} (never from user text), percentiles are the standard {@code PERCENTILE_DISC}.
 * A plain class so the unit tests run it on an in-memory database.
 */
public class CijferSamensteller {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");
    /** The statuses that ask for a place; "wacht uit voorzorg" is reported apart (toezicht.md). */
    private static final String WACHTEND = "('1', '2', '6', '7')";
    private static final String TREND_STATUS = "case when s.status = '1' then '7' else s.status end";
    /** Table B7 names at most this many voorkeursaanbieders; the rest is one row, so it stays short nationally. */
    static final int MAXIMUM_AANBIEDERS = 25;
    static final String OVERIGE_AANBIEDERS = "Overige aanbieders";
    static final String GEEN_VOORKEURSAANBIEDER = "Geen voorkeursaanbieder";
    /** The leveringsvormen an aanbieder reports in an AW35: pgb has none (CS127), so it has no zorglevering. */
    private static final List<Leveringsvorm> VORMEN_MET_ZORGLEVERING = List.of(Leveringsvorm.VERBLIJF,
            Leveringsvorm.VPT, Leveringsvorm.MPT, Leveringsvorm.DTV, Leveringsvorm.VKB);
    private static final List<Zorgprofiel> FRICTIEPROFIELEN = List.of(Zorgprofiel.VV4, Zorgprofiel.VG7,
            Zorgprofiel.GGZ4W, Zorgprofiel.GGZ5W);

    private final DataSource dataSource;

    public CijferSamensteller(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param regioCode a zorgkantoorcode, or {@link Cijfertabel#LANDELIJK} */
    public Cijfertabel bereken(Indicator indicator, String regioCode, LocalDate peildatum) {
        try (Connection c = dataSource.getConnection()) {
            Bereik b = new Bereik(c, regioCode, peildatum);
            return switch (indicator) {
                case WACHTENDEN_SECTOR_STATUS -> tabel1(b);
                case WACHTENDEN_PROFIEL -> perProfiel(b);
                case WACHTENDEN_AANBIEDER -> perAanbieder(b);
                case POPULATIE_LEVERINGSVORM -> populatie(b);
                case WACHTTIJD_NORM -> wachttijd(b);
                case OVERBRUGGINGSZORG -> overbrugging(b);
                case PLAATSING_VOORKEUR -> plaatsing(b);
                case STATUSUPDATE -> statusupdate(b);
                case FRICTIEGROEPEN -> frictie(b);
                case MAATWERK_THUIS -> maatwerk(b);
                case TREND -> trend(b);
                case RESULTAATUITSPRAAK -> resultaat(b);
                case NZA_MELDINGEN -> meldingen(b);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Indicator " + indicator + " voor regio " + regioCode + " op "
                    + peildatum + " niet te berekenen: " + e.getMessage(), e);
        }
    }

    /** What the figures were computed from: the newest status report and the number of status rows. */
    public String dataVersie() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*), max(gemeld_op) from toezicht.wachtstatus")) {
            rs.next();
            return "wachtstatus: " + rs.getLong(1) + " regels, laatste melding " + rs.getTimestamp(2);
        } catch (SQLException e) {
            throw new IllegalStateException("Dataversie niet te bepalen: " + e.getMessage(), e);
        }
    }

    /** The regions that have waiting-list data, in code order. */
    public List<String> regios() {
        List<String> regios = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select distinct regio_code from toezicht.wachtlijst_inschrijving"
                     + " order by regio_code")) {
            while (rs.next()) {
                regios.add(rs.getString(1));
            }
            return regios;
        } catch (SQLException e) {
            throw new IllegalStateException("Regio's niet te lezen: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The region and peildatum of one computation, and the SQL fragments they make. */
    private static final class Bereik {
        final Connection c;
        final String regio;
        final LocalDate peil;

        Bereik(Connection c, String regio, LocalDate peil) {
            if (!regio.matches("\\d{4}")) {
                throw new IllegalArgumentException("Ongeldige regiocode: " + regio);
            }
            this.c = c;
            this.regio = regio;
            this.peil = peil;
        }

        boolean landelijk() {
            return Cijfertabel.LANDELIJK.equals(regio);
        }

        /** " and a.regio_code = '5509'" or nothing nationally. */
        String regio(String alias) {
            return landelijk() ? "" : " and " + alias + ".regio_code = '" + regio + "'";
        }

        static String datum(LocalDate d) {
            return "DATE '" + d + "'";
        }

        /** The status row held on the date (einddatum exclusive). */
        static String geldtOp(String alias, LocalDate d) {
            return geldtOp(alias, "ingangsdatum", d);
        }

        /** The same for a table whose start column has another name (zorglevering: begindatum). */
        static String geldtOp(String alias, String beginKolom, LocalDate d) {
            return alias + "." + beginKolom + " <= " + datum(d) + " and (" + alias + ".einddatum is null or " + alias
                    + ".einddatum > " + datum(d) + ")";
        }

        String norm(String alias, String soort, String status, String regioKolom) {
            return alias + ".regio_code = " + regioKolom + " and " + alias + ".soort = '" + soort + "' and "
                    + alias + ".leveringsstatus = " + status + " and " + alias + ".geldig_van <= " + datum(peil)
                    + " and (" + alias + ".geldig_tot is null or " + alias + ".geldig_tot >= " + datum(peil) + ")";
        }

        List<Object[]> rijen(String sql) throws SQLException {
            List<Object[]> uit = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] rij = new Object[n];
                    for (int i = 0; i < n; i++) {
                        rij[i] = rs.getObject(i + 1);
                    }
                    uit.add(rij);
                }
            }
            return uit;
        }
    }

    private static long l(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Cijfertabel tabel(Indicator i, Bereik b, List<String> kolommen, List<Rij> rijen) {
        return new Cijfertabel(i, b.regio, kolommen, rijen);
    }

    // --- W-02 NZa Tabel 1 --------------------------------------------------------------------------------------

    private Cijfertabel tabel1(Bereik b) throws SQLException {
        Tabel1 t = new Tabel1();
        List<String> peildata = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDate d = b.peil.minusYears(2 - i);
            peildata.add(d.format(DATUM));
            for (Object[] r : b.rijen("select s.sector, s.status, count(*) from toezicht.wachtstatus s where "
                    + Bereik.geldtOp("s", d) + b.regio("s") + " group by s.sector, s.status")) {
                Leveringsstatus.vanCode((String) r[1]).ifPresent(st -> t.tel(Sector.valueOf((String) r[0]), st,
                        peilIndex(d, b.peil), l(r[2])));
            }
        }
        return t.alsTabel(b.regio, peildata);
    }

    private static int peilIndex(LocalDate d, LocalDate peil) {
        return 2 - (peil.getYear() - d.getYear());
    }

    // --- B2 per zorgprofiel ------------------------------------------------------------------------------------

    private Cijfertabel perProfiel(Bereik b) throws SQLException {
        List<Leveringsstatus> kolomStatus = List.of(Leveringsstatus.URGENT_PLAATSEN, Leveringsstatus.ACTIEF_PLAATSEN,
                Leveringsstatus.WACHT_OP_VOORKEUR, Leveringsstatus.WACHT_UIT_VOORZORG);
        Map<String, long[]> perProfiel = new LinkedHashMap<>();
        for (Object[] r : b.rijen("select s.zorgprofiel, " + TREND_STATUS + ", count(*) from toezicht.wachtstatus s"
                + " where " + Bereik.geldtOp("s", b.peil) + b.regio("s") + " group by s.zorgprofiel, " + TREND_STATUS
                + " order by s.zorgprofiel")) {
            int k = kolomStatus.indexOf(Leveringsstatus.vanCode((String) r[1]).orElseThrow());
            perProfiel.computeIfAbsent((String) r[0], p -> new long[kolomStatus.size()])[k] += l(r[2]);
        }
        List<Rij> rijen = new ArrayList<>();
        for (Zorgprofiel p : Zorgprofiel.values()) {
            long[] a = perProfiel.get(p.name());
            if (a != null) {
                List<Cel> cellen = new ArrayList<>();
                long totaal = 0;
                for (long n : a) {
                    cellen.add(Celopmaak.aantal(n));
                    totaal += n;
                }
                cellen.add(Celopmaak.aantal(totaal));
                rijen.add(new Rij(p.label(), cellen));
            }
        }
        List<String> kolommen = new ArrayList<>(kolomStatus.stream().map(Leveringsstatus::omschrijving).toList());
        kolommen.add("Totaal");
        return tabel(Indicator.WACHTENDEN_PROFIEL, b, kolommen, rijen);
    }

    // --- B7 per voorkeursaanbieder (W-04) ----------------------------------------------------------------------

    /**
     * Waiting clients per voorkeursaanbieder and status on the peildatum. The database ranks the aanbieders by their
     * total (ties by AGB code) and folds every one after the first {@link #MAXIMUM_AANBIEDERS} into one group, so at
     * most 26 rows come back whatever the number of aanbieders.
     */
    private Cijfertabel perAanbieder(Bereik b) throws SQLException {
        String groep = "case when t.rang <= " + MAXIMUM_AANBIEDERS + " then t.agb end";
        List<Rij> rijen = new ArrayList<>();
        for (Object[] r : b.rijen("select " + groep + ", min(t.rang), sum(t.urgent), sum(t.actief), sum(t.voorkeur),"
                + " sum(t.voorzorg), sum(t.totaal) from (select a.agb, a.urgent, a.actief, a.voorkeur, a.voorzorg,"
                + " a.totaal, row_number() over (order by a.totaal desc, a.agb) as rang from"
                + " (select coalesce(i.voorkeursaanbieder, '') as agb,"
                + " sum(case when s.status = '6' then 1 else 0 end) as urgent,"
                + " sum(case when s.status in ('1', '7') then 1 else 0 end) as actief,"
                + " sum(case when s.status = '2' then 1 else 0 end) as voorkeur,"
                + " sum(case when s.status = '3' then 1 else 0 end) as voorzorg, count(*) as totaal"
                + " from toezicht.wachtstatus s join toezicht.wachtlijst_inschrijving i on i.id = s.inschrijving_id"
                + " where s.status in ('1', '2', '3', '6', '7') and " + Bereik.geldtOp("s", b.peil) + b.regio("s")
                + " group by coalesce(i.voorkeursaanbieder, '')) a) t group by " + groep + " order by min(t.rang)")) {
            String agb = (String) r[0];
            String label = agb == null ? OVERIGE_AANBIEDERS : agb.isEmpty() ? GEEN_VOORKEURSAANBIEDER : agb;
            List<Cel> cellen = new ArrayList<>();
            for (int k = 2; k <= 6; k++) {
                cellen.add(Celopmaak.aantal(l(r[k])));
            }
            rijen.add(new Rij(label, cellen));
        }
        return tabel(Indicator.WACHTENDEN_AANBIEDER, b, List.of(Leveringsstatus.URGENT_PLAATSEN.omschrijving(),
                Leveringsstatus.ACTIEF_PLAATSEN.omschrijving(), Leveringsstatus.WACHT_OP_VOORKEUR.omschrijving(),
                Leveringsstatus.WACHT_UIT_VOORZORG.omschrijving(), "Totaal"), rijen);
    }

    // --- population in care per sector and leveringsvorm (report a, item 3) ------------------------------------

    /**
     * Clients with a care-delivery period held on the peildatum and one year earlier, per sector and leveringsvorm,
     * per sector, per leveringsvorm and in all: four aggregates, each counting a client once (a client can have two
     * periods at once, e.g. mpt from two aanbieders). The mutation as in Tabel 1 (RULES W-02), small cells
     * suppressed (W-08).
     */
    private Cijfertabel populatie(Bereik b) throws SQLException {
        LocalDate vorig = b.peil.minusYears(1);
        StringBuilder vormen = new StringBuilder();
        for (Leveringsvorm v : VORMEN_MET_ZORGLEVERING) {
            vormen.append(vormen.isEmpty() ? "" : ", ").append('\'').append(v.name()).append('\'');
        }
        String tellingen = " count(distinct case when " + Bereik.geldtOp("z", "begindatum", b.peil)
                + " then z.client_id end), count(distinct case when " + Bereik.geldtOp("z", "begindatum", vorig)
                + " then z.client_id end) from toezicht.zorglevering z where z.leveringsvorm in (" + vormen + ")"
                + " and z.begindatum <= " + Bereik.datum(b.peil) + " and (z.einddatum is null or z.einddatum > "
                + Bereik.datum(vorig) + ")" + b.regio("z");
        // {select, group by}: per sector and vorm, per sector, per vorm, in all; '*' stands for "all"
        String[][] niveaus = {{"z.sector, z.leveringsvorm", " group by z.sector, z.leveringsvorm"},
            {"z.sector, '*'", " group by z.sector"}, {"'*', z.leveringsvorm", " group by z.leveringsvorm"},
            {"'*', '*'", ""}};
        Map<String, long[]> aantallen = new HashMap<>();
        for (String[] niveau : niveaus) {
            for (Object[] r : b.rijen("select " + niveau[0] + "," + tellingen + niveau[1])) {
                aantallen.put(r[0] + "|" + r[1], new long[] {l(r[3]), l(r[2])});
            }
        }

        List<Rij> rijen = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            String naam = Tabel1.sectorLabel(sector);
            for (Leveringsvorm v : VORMEN_MET_ZORGLEVERING) {
                rijen.add(rijMetMutatie(naam + " - " + vormLabel(v), aantallen.get(sector.name() + "|" + v.name())));
            }
            rijen.add(rijMetMutatie("Totaal " + naam, aantallen.get(sector.name() + "|*")));
        }
        for (Leveringsvorm v : VORMEN_MET_ZORGLEVERING) {
            rijen.add(rijMetMutatie("Alle sectoren - " + vormLabel(v), aantallen.get("*|" + v.name())));
        }
        rijen.add(rijMetMutatie("Totaal sectoren", aantallen.get("*|*")));
        return tabel(Indicator.POPULATIE_LEVERINGSVORM, b, List.of(vorig.format(DATUM), b.peil.format(DATUM),
                "Mutatie " + b.peil.getYear() + " t.o.v. " + vorig.getYear()), rijen);
    }

    /** @param a {one year earlier, peildatum}, or null for none */
    private static Rij rijMetMutatie(String label, long[] a) {
        long oud = a == null ? 0 : a[0];
        long nieuw = a == null ? 0 : a[1];
        return new Rij(label, List.of(Celopmaak.aantal(oud), Celopmaak.aantal(nieuw), Celopmaak.mutatie(oud, nieuw)));
    }

    private static String vormLabel(Leveringsvorm v) {
        return switch (v) {
            case VERBLIJF -> "Verblijf";
            case VPT -> "Vpt";
            case MPT -> "Mpt";
            case DTV -> "Deeltijdverblijf";
            case VKB -> "Verkeerde bed";
            case PGB -> "Pgb";
        };
    }

    // --- W-03 waiting time against the norm --------------------------------------------------------------------

    /** Waiting clients on the peildatum with days waited, norm days and whether overbruggingszorg runs. */
    private String wachtenden(Bereik b) {
        long dag = b.peil.toEpochDay();
        return "select s.regio_code, s.zorgprofiel, " + TREND_STATUS + " as st, (" + dag + " - i.ingangsdag) as dagen,"
                + " n.weken * 7 as normdagen, n.weken as weken,"
                + " case when exists (select 1 from toezicht.overbruggingszorg o where o.inschrijving_id = i.id and "
                + Bereik.geldtOp("o", b.peil) + ") then 1 else 0 end as ovb"
                + " from toezicht.wachtstatus s join toezicht.wachtlijst_inschrijving i on i.id = s.inschrijving_id"
                + " left join toezicht.norm n on " + b.norm("n", "STREEFNORM", TREND_STATUS, "s.regio_code")
                + " where s.status in " + WACHTEND + " and " + Bereik.geldtOp("s", b.peil) + b.regio("s");
    }

    private Cijfertabel wachttijd(Bereik b) throws SQLException {
        Map<String, Object[]> perStatus = new HashMap<>();
        for (Object[] r : b.rijen("select w.st, count(*),"
                + " percentile_disc(0.5) within group (order by w.dagen),"
                + " percentile_disc(0.8) within group (order by w.dagen),"
                + " min(w.weken), max(w.weken),"
                + " sum(case when w.dagen <= w.normdagen then 1 else 0 end),"
                + " sum(case when w.dagen > w.normdagen and w.ovb = 0 then 1 else 0 end)"
                + " from (" + wachtenden(b) + ") w group by w.st")) {
            perStatus.put((String) r[0], r);
        }
        List<Rij> rijen = new ArrayList<>();
        for (Leveringsstatus s : Tabel1.STATUSSEN) {
            Object[] r = perStatus.get(s.code());
            long n = r == null ? 0 : l(r[1]);
            List<Cel> cellen = new ArrayList<>();
            cellen.add(Celopmaak.aantal(n));
            cellen.add(Celopmaak.afgeleid(r == null ? null : (Number) r[2], n));
            cellen.add(Celopmaak.afgeleid(r == null ? null : (Number) r[3], n));
            cellen.add(normTekst(r == null ? null : (Number) r[4], r == null ? null : (Number) r[5]));
            cellen.add(Celopmaak.aandeel(r == null ? 0 : l(r[6]), n));
            cellen.add(Celopmaak.aantal(r == null ? 0 : l(r[7])));
            rijen.add(new Rij(s.omschrijving(), cellen));
        }
        return tabel(Indicator.WACHTTIJD_NORM, b, List.of("Wachtenden", "Mediaan (dagen)", "80e percentiel (dagen)",
                "Streefnorm (weken)", "Binnen norm", "Boven norm zonder overbrugging"), rijen);
    }

    private static Cel normTekst(Number min, Number max) {
        if (min == null) {
            return Cel.tekst("geen norm");
        }
        if (min.longValue() == max.longValue()) {
            return new Cel(BigDecimal.valueOf(min.longValue()), Long.toString(min.longValue()));
        }
        return Cel.tekst(min + "-" + max);
    }

    // --- O-02 overbruggingszorg --------------------------------------------------------------------------------

    private Cijfertabel overbrugging(Bereik b) throws SQLException {
        long dag = b.peil.toEpochDay();
        Object[] r = b.rijen("select count(*), sum(" + dag + " - o.ingangsdag), max(" + dag + " - o.ingangsdag),"
                + " sum(case when (" + dag + " - o.ingangsdag) > n.weken * 7 then 1 else 0 end),"
                + " sum(case when i.alternatief_geweigerd then 1 else 0 end), min(n.weken), max(n.weken)"
                + " from toezicht.overbruggingszorg o join toezicht.wachtlijst_inschrijving i on i.id = o.inschrijving_id"
                + " left join toezicht.norm n on " + b.norm("n", "OVERBRUGGING", "'-'", "o.regio_code")
                + " where " + Bereik.geldtOp("o", b.peil) + b.regio("o")).get(0);
        long n = l(r[0]);
        List<Rij> rijen = List.of(
                new Rij("Cliënten met overbruggingszorg", List.of(Celopmaak.aantal(n))),
                new Rij("Gemiddelde duur (dagen)", List.of(Celopmaak.afgeleid(n == 0 ? null
                        : BigDecimal.valueOf(l(r[1])).divide(BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_UP), n))),
                new Rij("Langste duur (dagen)", List.of(Celopmaak.afgeleid((Number) r[2], n))),
                new Rij("Aanvaardbare norm (weken)", List.of(normTekst((Number) r[5], (Number) r[6]))),
                new Rij("Langer dan de norm", List.of(Celopmaak.aantal(l(r[3])))),
                new Rij("Weigerden een passend alternatief", List.of(Celopmaak.aantal(l(r[4])))));
        return tabel(Indicator.OVERBRUGGINGSZORG, b, List.of("Waarde"), rijen);
    }

    // --- place of preference (keuzevrijheid) -------------------------------------------------------------------

    private long[][] plaatsingen(Bereik b) throws SQLException {
        long[][] a = new long[2][2]; // [urgent?][alle, bij voorkeur]
        for (Object[] r : b.rijen("select p.urgent, count(*), sum(case when p.bij_voorkeur then 1 else 0 end) from"
                + " (select i.bij_voorkeur, case when exists (select 1 from toezicht.wachtstatus s where"
                + " s.inschrijving_id = i.id and s.status = '6') then 1 else 0 end as urgent"
                + " from toezicht.wachtlijst_inschrijving i where i.eindstatus = '4' and i.einddatum > "
                + Bereik.datum(b.peil.minusYears(1)) + " and i.einddatum <= " + Bereik.datum(b.peil) + b.regio("i")
                + ") p group by p.urgent")) {
            int u = (int) l(r[0]);
            a[u][0] = l(r[1]);
            a[u][1] = l(r[2]);
        }
        return a;
    }

    private Cijfertabel plaatsing(Bereik b) throws SQLException {
        long[][] a = plaatsingen(b);
        List<Rij> rijen = List.of(
                rijPlaatsing("Alle opnames", a[0][0] + a[1][0], a[0][1] + a[1][1]),
                rijPlaatsing("Opnames na urgent plaatsen", a[1][0], a[1][1]),
                rijPlaatsing("Overige opnames", a[0][0], a[0][1]));
        return tabel(Indicator.PLAATSING_VOORKEUR, b, List.of("Opnames", "Bij voorkeursaanbieder",
                "Aandeel bij voorkeur", "Elders geplaatst"), rijen);
    }

    private static Rij rijPlaatsing(String label, long alle, long voorkeur) {
        return new Rij(label, List.of(Celopmaak.aantal(alle), Celopmaak.aantal(voorkeur),
                Celopmaak.aandeel(voorkeur, alle), Celopmaak.aantal(alle - voorkeur)));
    }

    // --- W-04 overdue status updates ---------------------------------------------------------------------------

    private Cijfertabel statusupdate(Bereik b) throws SQLException {
        // The limit date per region is computed here from the norm in force: "date - weeks" is not portable SQL.
        StringBuilder grenzen = new StringBuilder();
        for (Object[] r : b.rijen("select n.regio_code, n.weken from toezicht.norm n where "
                + b.norm("n", "STATUSUPDATE", "'-'", "n.regio_code") + b.regio("n"))) {
            grenzen.append(grenzen.isEmpty() ? "" : ", ").append("('").append(r[0]).append("', TIMESTAMP '")
                    .append(b.peil.minusWeeks(l(r[1]))).append(" 00:00:00')");
        }
        Map<String, long[]> perStatus = new HashMap<>();
        if (!grenzen.isEmpty()) {
            String volgende = "TIMESTAMP '" + b.peil.plusDays(1) + " 00:00:00'";
            for (Object[] r : b.rijen("select w.st, count(*), sum(case when w.laatst < g.grens then 1 else 0 end)"
                    + " from (select s.regio_code, " + TREND_STATUS + " as st, (select max(x.gemeld_op) from"
                    + " toezicht.wachtstatus x where x.inschrijving_id = s.inschrijving_id and x.gemeld_op < "
                    + volgende + ") as laatst from toezicht.wachtstatus s where s.status in " + WACHTEND + " and "
                    + Bereik.geldtOp("s", b.peil) + b.regio("s") + ") w"
                    + " join (values " + grenzen + ") as g (regio_code, grens) on g.regio_code = w.regio_code"
                    + " group by w.st")) {
                perStatus.put((String) r[0], new long[] {l(r[1]), l(r[2])});
            }
        }
        List<Rij> rijen = new ArrayList<>();
        for (Leveringsstatus s : Tabel1.STATUSSEN) {
            long[] a = perStatus.getOrDefault(s.code(), new long[2]);
            rijen.add(new Rij(s.omschrijving(), List.of(Celopmaak.aantal(a[0]), Celopmaak.aantal(a[1]),
                    Celopmaak.aandeel(a[1], a[0]))));
        }
        return tabel(Indicator.STATUSUPDATE, b, List.of("Wachtenden", "Update achterstallig", "Aandeel achterstallig"),
                rijen);
    }

    // --- frictie groups ----------------------------------------------------------------------------------------

    private Cijfertabel frictie(Bereik b) throws SQLException {
        Map<String, long[]> perProfiel = new HashMap<>();
        for (Object[] r : b.rijen("select w.zorgprofiel, count(*), sum(case when w.dagen > w.normdagen then 1 else 0"
                + " end) from (" + wachtenden(b) + ") w where w.zorgprofiel in ('VV4', 'VG7', 'GGZ4W', 'GGZ5W')"
                + " group by w.zorgprofiel")) {
            perProfiel.put((String) r[0], new long[] {l(r[1]), l(r[2])});
        }
        List<Rij> rijen = new ArrayList<>();
        for (Zorgprofiel p : FRICTIEPROFIELEN) {
            long[] a = perProfiel.getOrDefault(p.name(), new long[2]);
            rijen.add(new Rij(p.label(), List.of(Celopmaak.aantal(a[0]), Celopmaak.aantal(a[1]))));
        }
        return tabel(Indicator.FRICTIEGROEPEN, b, List.of("Wachtenden", "Langer dan streefnorm"), rijen);
    }

    // --- maatwerkregelingen at home (regelingen's published view) ----------------------------------------------

    private Cijfertabel maatwerk(Bereik b) throws SQLException {
        if (!viewBestaat(b.c, "regelingen", "v_toegekende_regeling")) {
            return tabel(Indicator.MAATWERK_THUIS, b, List.of("Cliënten"), List.of(new Rij(
                    "Niet beschikbaar: regelingen.v_toegekende_regeling is (nog) niet gepubliceerd",
                    List.of(Cel.tekst(Celopmaak.GEEN)))));
        }
        // Contract of the view: regelingen.api package-info. In force on d: status TOEGEKEND and d within the
        // inclusive period; at home: no VERBLIJF among the leveringsvormen.
        List<Rij> rijen = new ArrayList<>();
        for (Object[] r : b.rijen("select v.soort, count(distinct v.client_id) from regelingen.v_toegekende_regeling v"
                + " where v.status = 'TOEGEKEND' and v.periode_begin <= " + Bereik.datum(b.peil)
                + " and (v.periode_eind is null or v.periode_eind >= " + Bereik.datum(b.peil) + ")"
                + " and (v.leveringsvormen is null or v.leveringsvormen not like '%VERBLIJF%')" + b.regio("v")
                + " group by v.soort order by v.soort")) {
            rijen.add(new Rij(String.valueOf(r[0]), List.of(Celopmaak.aantal(l(r[1])))));
        }
        if (rijen.isEmpty()) {
            rijen.add(new Rij("Geen toegekende maatwerkregelingen thuis", List.of(Celopmaak.aantal(0))));
        }
        return tabel(Indicator.MAATWERK_THUIS, b, List.of("Cliënten thuis"), rijen);
    }

    private static boolean viewBestaat(Connection c, String schema, String naam) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, schema, naam, null)) {
            return rs.next();
        }
    }

    // --- trend over twelve peildata ----------------------------------------------------------------------------

    private Cijfertabel trend(Bereik b) throws SQLException {
        List<LocalDate> data = new ArrayList<>();
        for (int m = 11; m >= 0; m--) {
            data.add(b.peil.minusMonths(m));
        }
        // One pass over the status rows that overlap the window, instead of a range join of every row with every
        // date (12 scans nationally on H2): each row is reduced to the first and the last of the twelve dates it
        // holds on (CASE over the dates, the same SQL on H2 and PostgreSQL), counted per (first, last, sector,
        // urgent), and Java spreads each group over the dates between first and last. RULES W-01, W-02.
        StringBuilder eerste = new StringBuilder("case");
        for (int i = 0; i < data.size(); i++) {
            eerste.append(" when s.ingangsdatum <= ").append(Bereik.datum(data.get(i))).append(" then ").append(i);
        }
        eerste.append(" else -1 end");
        StringBuilder laatste = new StringBuilder("case when s.einddatum is null then ").append(data.size() - 1);
        for (int i = data.size() - 1; i >= 0; i--) {
            laatste.append(" when s.einddatum > ").append(Bereik.datum(data.get(i))).append(" then ").append(i);
        }
        laatste.append(" else -1 end");
        Map<LocalDate, long[]> per = new HashMap<>();
        long[][] perIndex = new long[data.size()][5];
        for (Object[] r : b.rijen("select v, t, sector, urgent, count(*) from (select " + eerste + " as v, " + laatste
                + " as t, s.sector, case when s.status = '6' then 1 else 0 end as urgent from toezicht.wachtstatus s"
                + " where s.status in " + WACHTEND + " and s.ingangsdatum <= " + Bereik.datum(data.get(data.size() - 1))
                + " and (s.einddatum is null or s.einddatum > " + Bereik.datum(data.get(0)) + ")" + b.regio("s")
                + ") x group by v, t, sector, urgent")) {
            int van = (int) l(r[0]);
            int tot = (int) l(r[1]);
            int sector = Sector.valueOf((String) r[2]).ordinal();
            boolean urgent = l(r[3]) == 1;
            long n = l(r[4]);
            for (int i = Math.max(0, van); van >= 0 && i <= tot; i++) {
                perIndex[i][sector] += n;
                perIndex[i][3] += n;
                if (urgent) {
                    perIndex[i][4] += n;
                }
            }
        }
        for (int i = 0; i < data.size(); i++) {
            per.put(data.get(i), perIndex[i]);
        }
        List<Rij> rijen = new ArrayList<>();
        for (LocalDate d : data) {
            long[] a = per.getOrDefault(d, new long[5]);
            List<Cel> cellen = new ArrayList<>();
            for (long n : a) {
                cellen.add(Celopmaak.aantal(n));
            }
            rijen.add(new Rij(d.format(DATUM), cellen));
        }
        return tabel(Indicator.TREND, b, List.of("V&V", "GHZ", "GGZ", "Totaal", "Urgent plaatsen"), rijen);
    }

    // --- W-07 resultaatuitspraak and W-06 meldingen ------------------------------------------------------------

    private Invoer invoer(Bereik b) throws SQLException {
        Map<String, long[]> perStatus = new HashMap<>();
        long zonder = 0;
        for (Object[] r : b.rijen("select w.st, count(*), sum(case when w.dagen > w.normdagen then 1 else 0 end),"
                + " sum(case when w.dagen > w.normdagen and w.ovb = 0 then 1 else 0 end)"
                + " from (" + wachtenden(b) + ") w group by w.st")) {
            perStatus.put((String) r[0], new long[] {l(r[1]), l(r[2])});
            zonder += l(r[3]);
        }
        long[] urgent = perStatus.getOrDefault("6", new long[2]);
        long[] actief = perStatus.getOrDefault("7", new long[2]);
        long[][] p = plaatsingen(b);
        return new Invoer(urgent[0], urgent[1], actief[0], actief[1], p[0][0] + p[1][0], p[0][1] + p[1][1], zonder);
    }

    Resultaatuitspraak regels(Bereik b) throws SQLException {
        Map<String, BigDecimal> drempels = new HashMap<>();
        for (Object[] r : b.rijen("select indicator, drempel from toezicht.melddrempel")) {
            drempels.put((String) r[0], (BigDecimal) r[1]);
        }
        return new Resultaatuitspraak(drempels);
    }

    private Cijfertabel resultaat(Bereik b) throws SQLException {
        List<Rij> rijen = new ArrayList<>();
        for (Uitspraak u : regels(b).beoordeel(invoer(b))) {
            rijen.add(new Rij(u.uitgangspunt(), List.of(Cel.tekst(u.oordeel().tekst()), Cel.tekst(u.onderbouwing()))));
        }
        return tabel(Indicator.RESULTAATUITSPRAAK, b, List.of("Oordeel", "Onderbouwing"), rijen);
    }

    /** The thresholds crossed on the peildatum (RULES W-06); proposing them is the service's job. */
    public List<Overschrijding> overschrijdingen(String regioCode, LocalDate peildatum) {
        try (Connection c = dataSource.getConnection()) {
            Bereik b = new Bereik(c, regioCode, peildatum);
            return regels(b).overschrijdingen(invoer(b));
        } catch (SQLException e) {
            throw new IllegalStateException("Drempels niet te toetsen: " + e.getMessage(), e);
        }
    }

    private Cijfertabel meldingen(Bereik b) throws SQLException {
        List<Rij> rijen = new ArrayList<>();
        Function<Object, String> tekst = o -> o == null ? "" : o.toString();
        for (Object[] r : b.rijen("select m.indicator, m.waarde, m.drempel, m.status from toezicht.nza_melding m where"
                + " m.peildatum = " + Bereik.datum(b.peil) + " and m.regio_code = '" + b.regio + "' order by m.indicator")) {
            rijen.add(new Rij(tekst.apply(r[0]), List.of(Cel.tekst(((BigDecimal) r[1]).toPlainString()),
                    Cel.tekst(((BigDecimal) r[2]).toPlainString()), Cel.tekst(tekst.apply(r[3])))));
        }
        if (rijen.isEmpty()) {
            rijen.add(new Rij("Geen drempel overschreden", List.of(Cel.tekst(Celopmaak.GEEN), Cel.tekst(Celopmaak.GEEN),
                    Cel.tekst(Celopmaak.GEEN))));
        }
        return tabel(Indicator.NZA_MELDINGEN, b, List.of("Waarde", "Drempel", "Status"), rijen);
    }
}
