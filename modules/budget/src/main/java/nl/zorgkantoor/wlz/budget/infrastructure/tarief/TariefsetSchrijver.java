package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.budget.domain.tarief.MptModule;
import nl.zorgkantoor.wlz.budget.domain.tarief.Profieltarief;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefparameter;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefversie;
import nl.zorgkantoor.wlz.budget.domain.tarief.Toeslag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Writes one tariff version in JDBC batches. The primary keys include the version, so writing a version that
 * exists fails instead of overwriting it (a year is never changed in place).
 */
public final class TariefsetSchrijver {

    private TariefsetSchrijver() {
    }

    public static void schrijf(Connection connection, Tariefset set, Tariefversie versie) throws SQLException {
        if (set.versie() != versie.versie()) {
            throw new IllegalArgumentException("Tariefset " + set.versie() + " hoort niet bij versie " + versie.versie());
        }
        try (PreparedStatement st = connection.prepareStatement("insert into budget.tariefversie"
                + " (versie, omschrijving, herkomst, geladen_door, geladen_op) values (?, ?, ?, ?, ?)")) {
            st.setInt(1, set.versie());
            st.setString(2, versie.omschrijving());
            st.setString(3, versie.herkomst());
            st.setString(4, versie.geladenDoor());
            st.setTimestamp(5, Timestamp.from(versie.geladenOp()));
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("insert into budget.profieltarief (versie, jaar,"
                + " zorgprofiel, verblijf_excl_bh, verblijf_incl_bh, vpt_excl_bh, pgb_percentage, bron)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Profieltarief t : set.profieltarieven()) {
                st.setInt(1, set.versie());
                st.setInt(2, t.jaar());
                st.setString(3, t.profiel().name());
                st.setBigDecimal(4, t.verblijfExclBh());
                st.setBigDecimal(5, t.verblijfInclBh());
                st.setBigDecimal(6, t.vptExclBh());
                st.setBigDecimal(7, t.pgbPercentage());
                st.setString(8, t.bron());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = connection.prepareStatement("insert into budget.toeslag (versie, jaar, code, naam,"
                + " dagtarief, instellingsgebonden, gebruikelijke_zorg, pgb_toegestaan, profielen, leeftijd_tot,"
                + " geldig_van, geldig_tot, voorwaarde, bron) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Toeslag t : set.toeslagen()) {
                st.setInt(1, set.versie());
                st.setInt(2, t.jaar());
                st.setString(3, t.code());
                st.setString(4, t.naam());
                st.setBigDecimal(5, t.dagtarief());
                st.setBoolean(6, t.instellingsgebonden());
                st.setBoolean(7, t.gebruikelijkeZorg());
                st.setBoolean(8, t.pgbToegestaan());
                st.setString(9, t.profielen().stream().map(Zorgprofiel::name).sorted().collect(Collectors.joining("|")));
                if (t.leeftijdTot() == null) {
                    st.setNull(10, Types.INTEGER);
                } else {
                    st.setInt(10, t.leeftijdTot());
                }
                st.setDate(11, Date.valueOf(t.geldigheid().begin()));
                st.setDate(12, t.geldigheid().einde().map(Date::valueOf).orElse(null));
                st.setString(13, t.voorwaarde());
                st.setString(14, t.bron());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = connection.prepareStatement("insert into budget.mpt_module (versie, jaar, code,"
                + " omschrijving, eenheid, tarief, bron) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (MptModule m : set.mptModules()) {
                st.setInt(1, set.versie());
                st.setInt(2, m.jaar());
                st.setString(3, m.code());
                st.setString(4, m.omschrijving());
                st.setString(5, m.eenheid().name());
                st.setBigDecimal(6, m.tarief());
                st.setString(7, m.bron());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = connection.prepareStatement("insert into budget.tariefparameter (versie, soort,"
                + " geldig_van, geldig_tot, waarde, bron) values (?, ?, ?, ?, ?, ?)")) {
            for (Tariefparameter p : set.parameters()) {
                st.setInt(1, set.versie());
                st.setString(2, p.soort().name());
                st.setDate(3, Date.valueOf(p.geldigheid().begin()));
                st.setDate(4, p.geldigheid().einde().map(Date::valueOf).orElse(null));
                st.setBigDecimal(5, p.waarde());
                st.setString(6, p.bron());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
