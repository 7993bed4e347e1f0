package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.toezicht.api.NzaMelding;
import nl.zorgkantoor.wlz.toezicht.api.NzaMeldingService;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;

@Stateless
@Local(NzaMeldingService.class)
public class NzaMeldingApplicatieService implements NzaMeldingService {

    private static final String KOLOMMEN = "id, regio_code, peildatum, indicator, waarde, drempel, toelichting, status,"
            + " voorgesteld_op, beoordeeld_door, beoordeeld_op, reden";

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Inject
    private Klok klok;

    @Override
    public long aantalOpen(String regioCode) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from toezicht.nza_melding where status = 'VOORGESTELD'"
                        + (regioCode == null ? "" : " and regio_code = ?"))) {
            if (regioCode != null) {
                st.setString(1, regioCode);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Meldingen tellen mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public Pagina<NzaMelding> openVoorstellen(String regioCode, int eerste, int grootte) {
        int n = Pagina.begrensd(grootte);
        int vanaf = Math.max(0, eerste);
        List<NzaMelding> rijen = lees("select " + KOLOMMEN + " from toezicht.nza_melding where status = 'VOORGESTELD'"
                + (regioCode == null ? "" : " and regio_code = ?")
                + " order by voorgesteld_op, id offset " + vanaf + " rows fetch next " + n + " rows only", regioCode);
        return new Pagina<>(rijen, aantalOpen(regioCode), vanaf, n);
    }

    @Override
    public NzaMelding bevestig(long meldingId, String beheerder) {
        return beoordeel(meldingId, beheerder, "BEVESTIGD", null);
    }

    // RULES W-06: a dismissed proposal keeps the administrator's reason, so the supervisor can see why it was not sent.
    @Override
    public NzaMelding verwerp(long meldingId, String beheerder, String reden) {
        String r = reden == null ? "" : reden.strip();
        if (r.isEmpty()) {
            throw new OngeldigeWachtlijstMelding("Geef een reden op om de voorgestelde melding te verwerpen.");
        }
        if (r.length() > 500) {
            throw new OngeldigeWachtlijstMelding("De reden is te lang: hoogstens 500 tekens.");
        }
        return beoordeel(meldingId, beheerder, "VERWORPEN", r);
    }

    private NzaMelding beoordeel(long id, String beheerder, String status, String reden) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update toezicht.nza_melding set status = ?, beoordeeld_door = ?, beoordeeld_op = ?, reden = ?"
                        + " where id = ? and status = 'VOORGESTELD'")) {
            st.setString(1, status);
            st.setString(2, beheerder);
            st.setTimestamp(3, Timestamp.from(klok.nu().toInstant()));
            st.setString(4, reden);
            st.setLong(5, id);
            if (st.executeUpdate() == 0) {
                throw new OngeldigeWachtlijstMelding("Melding " + id + " bestaat niet of is al beoordeeld.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Melding beoordelen mislukt: " + e.getMessage(), e);
        }
        return lees("select " + KOLOMMEN + " from toezicht.nza_melding where id = ?", id).get(0);
    }

    /** Runs a select of {@link #KOLOMMEN} with at most one parameter (an id or a region code). */
    private List<NzaMelding> lees(String sql, Object parameter) {
        List<NzaMelding> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setObject(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp beoordeeld = rs.getTimestamp(11);
                    uit.add(new NzaMelding(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
                            rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                            beoordeeld == null ? null : beoordeeld.toInstant(), rs.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Meldingen lezen mislukt: " + e.getMessage(), e);
        }
        return uit;
    }
}
