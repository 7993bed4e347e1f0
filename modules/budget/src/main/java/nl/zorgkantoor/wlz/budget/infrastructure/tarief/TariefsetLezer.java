package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.budget.domain.tarief.MptModule;
import nl.zorgkantoor.wlz.budget.domain.tarief.Profieltarief;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefparameter;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Toeslag;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** Reads every stored tariff version (a few thousand rows: small enough to hold in memory). */
public final class TariefsetLezer {

    private TariefsetLezer() {
    }

    public static List<Tariefset> leesAlle(Connection connection) throws SQLException {
        Map<Integer, Rijen> perVersie = new TreeMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("select versie from budget.tariefversie")) {
                while (rs.next()) {
                    perVersie.put(rs.getInt(1), new Rijen());
                }
            }
            try (ResultSet rs = st.executeQuery("select versie, jaar, zorgprofiel, verblijf_excl_bh, verblijf_incl_bh,"
                    + " vpt_excl_bh, pgb_percentage, bron from budget.profieltarief")) {
                while (rs.next()) {
                    perVersie.get(rs.getInt(1)).profieltarieven.add(new Profieltarief(rs.getInt(2),
                            Zorgprofiel.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8)));
                }
            }
            try (ResultSet rs = st.executeQuery("select versie, jaar, code, naam, dagtarief, instellingsgebonden,"
                    + " gebruikelijke_zorg, pgb_toegestaan, profielen, leeftijd_tot, geldig_van, geldig_tot, voorwaarde,"
                    + " bron from budget.toeslag")) {
                while (rs.next()) {
                    int leeftijd = rs.getInt(10);
                    Integer leeftijdTot = rs.wasNull() ? null : leeftijd;
                    Date tot = rs.getDate(12);
                    perVersie.get(rs.getInt(1)).toeslagen.add(new Toeslag(rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5), rs.getBoolean(6), rs.getBoolean(7),
                            rs.getBoolean(8), profielen(rs.getString(9)), leeftijdTot,
                            new Periode(rs.getDate(11).toLocalDate(), tot == null ? null : tot.toLocalDate()),
                            rs.getString(13), rs.getString(14)));
                }
            }
            try (ResultSet rs = st.executeQuery("select versie, jaar, code, omschrijving, eenheid, tarief, bron"
                    + " from budget.mpt_module")) {
                while (rs.next()) {
                    perVersie.get(rs.getInt(1)).modules.add(new MptModule(rs.getInt(2), rs.getString(3),
                            rs.getString(4), MptModule.Eenheid.valueOf(rs.getString(5)), rs.getBigDecimal(6),
                            rs.getString(7)));
                }
            }
            try (ResultSet rs = st.executeQuery("select versie, soort, geldig_van, geldig_tot, waarde, bron"
                    + " from budget.tariefparameter")) {
                while (rs.next()) {
                    Date tot = rs.getDate(4);
                    perVersie.get(rs.getInt(1)).parameters.add(new Tariefparameter(
                            Tariefparameter.Soort.valueOf(rs.getString(2)),
                            new Periode(rs.getDate(3).toLocalDate(), tot == null ? null : tot.toLocalDate()),
                            rs.getBigDecimal(5), rs.getString(6)));
                }
            }
        }
        List<Tariefset> sets = new ArrayList<>();
        perVersie.forEach((versie, r) -> sets.add(
                new Tariefset(versie, r.profieltarieven, r.toeslagen, r.modules, r.parameters)));
        return sets;
    }

    private static Set<Zorgprofiel> profielen(String tekst) {
        return tekst == null || tekst.isBlank() ? Set.of()
                : Arrays.stream(tekst.split("\\|")).map(Zorgprofiel::valueOf).collect(Collectors.toSet());
    }

    private static final class Rijen {
        final List<Profieltarief> profieltarieven = new ArrayList<>();
        final List<Toeslag> toeslagen = new ArrayList<>();
        final List<MptModule> modules = new ArrayList<>();
        final List<Tariefparameter> parameters = new ArrayList<>();
    }
}
