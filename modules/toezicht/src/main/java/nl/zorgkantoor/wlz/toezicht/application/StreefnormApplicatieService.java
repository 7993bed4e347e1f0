package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;
import nl.zorgkantoor.wlz.toezicht.api.Streefnorm;
import nl.zorgkantoor.wlz.toezicht.api.StreefnormBeheer;
import nl.zorgkantoor.wlz.toezicht.infrastructure.Sql;

/**
 * RULES W-03: streefnormen are versions in {@code toezicht.norm} (soort STREEFNORM); a new version closes the one in
 * force, so a report for an earlier peildatum still shows the norm that applied then.
 */
@Stateless
@Local(StreefnormBeheer.class)
public class StreefnormApplicatieService implements StreefnormBeheer {

    private static final int MAXIMUM_WEKEN = 520;

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Inject
    private Klok klok;

    @Override
    public List<Streefnorm> streefnormen(String regioCode) {
        List<Streefnorm> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select id, regio_code, leveringsstatus, weken, geldig_van, geldig_tot, herkomst from toezicht.norm"
                        + " where regio_code = ? and soort = 'STREEFNORM' order by leveringsstatus, geldig_van desc")) {
            st.setString(1, regioCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Date tot = rs.getDate(6);
                    uit.add(new Streefnorm(rs.getLong(1), rs.getString(2), status(rs.getString(3)), rs.getInt(4),
                            rs.getDate(5).toLocalDate(), tot == null ? null : tot.toLocalDate(), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Streefnormen lezen mislukt: " + e.getMessage(), e);
        }
        return uit;
    }

    @Override
    public Streefnorm legVast(String regioCode, Leveringsstatus status, int weken, LocalDate geldigVan,
                              String beheerder) {
        if (regioCode == null || ZorgkantoorRegio.actieve().stream().noneMatch(r -> r.code().equals(regioCode))) {
            throw new OngeldigeWachtlijstMelding("Kies een bestaande zorgkantoorregio.");
        }
        if (status == null || !status.isWachtend()) {
            throw new OngeldigeWachtlijstMelding("Een streefnorm geldt alleen voor een wachtstatus.");
        }
        if (weken < 1 || weken > MAXIMUM_WEKEN) {
            throw new OngeldigeWachtlijstMelding("Weken: een heel getal van 1 tot en met " + MAXIMUM_WEKEN + ".");
        }
        if (geldigVan == null) {
            throw new OngeldigeWachtlijstMelding("Geldig vanaf: verplicht.");
        }
        try (Connection c = dataSource.getConnection()) {
            LocalDate laatste = laatsteBegin(c, regioCode, status);
            if (laatste != null && !geldigVan.isAfter(laatste)) {
                throw new OngeldigeWachtlijstMelding("Er geldt al een versie vanaf " + laatste + "; een nieuwe versie"
                        + " moet later ingaan (de geschiedenis blijft zoals ze was).");
            }
            try (PreparedStatement sluit = c.prepareStatement("update toezicht.norm set geldig_tot = ?"
                    + " where regio_code = ? and soort = 'STREEFNORM' and leveringsstatus = ?"
                    + " and (geldig_tot is null or geldig_tot >= ?)")) {
                sluit.setDate(1, Date.valueOf(geldigVan.minusDays(1)));
                sluit.setString(2, regioCode);
                sluit.setString(3, status.code());
                sluit.setDate(4, Date.valueOf(geldigVan));
                sluit.executeUpdate();
            }
            long id = Sql.volgendeId(c, "toezicht.norm_seq");
            String herkomst = "vastgelegd door " + beheerder + " op " + klok.vandaag();
            try (PreparedStatement st = c.prepareStatement("insert into toezicht.norm (id, regio_code, soort,"
                    + " leveringsstatus, weken, geldig_van, geldig_tot, herkomst) values (?, ?, 'STREEFNORM', ?, ?, ?,"
                    + " null, ?)")) {
                st.setLong(1, id);
                st.setString(2, regioCode);
                st.setString(3, status.code());
                st.setInt(4, weken);
                st.setDate(5, Date.valueOf(geldigVan));
                st.setString(6, herkomst);
                st.executeUpdate();
            }
            return new Streefnorm(id, regioCode, status, weken, geldigVan, null, herkomst);
        } catch (SQLException e) {
            throw new IllegalStateException("Streefnorm vastleggen mislukt: " + e.getMessage(), e);
        }
    }

    private static LocalDate laatsteBegin(Connection c, String regio, Leveringsstatus status) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select max(geldig_van) from toezicht.norm where regio_code = ?"
                + " and soort = 'STREEFNORM' and leveringsstatus = ?")) {
            st.setString(1, regio);
            st.setString(2, status.code());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Date d = rs.getDate(1);
                return d == null ? null : d.toLocalDate();
            }
        }
    }

    private static Leveringsstatus status(String code) {
        return Arrays.stream(Leveringsstatus.values()).filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
