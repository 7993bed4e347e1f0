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
import nl.zorgkantoor.wlz.toezicht.api.NzaMelding;
import nl.zorgkantoor.wlz.toezicht.api.NzaMeldingService;
import nl.zorgkantoor.wlz.toezicht.api.OngeldigeWachtlijstMelding;

@Stateless
@Local(NzaMeldingService.class)
public class NzaMeldingApplicatieService implements NzaMeldingService {

    private static final String KOLOMMEN = "id, regio_code, peildatum, indicator, waarde, drempel, toelichting, status,"
            + " voorgesteld_op, beoordeeld_door, beoordeeld_op";

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Inject
    private Klok klok;

    @Override
    public List<NzaMelding> voorstellen() {
        return lees("select " + KOLOMMEN + " from toezicht.nza_melding where status = 'VOORGESTELD'"
                + " order by voorgesteld_op, id", null);
    }

    @Override
    public NzaMelding bevestig(long meldingId, String beheerder) {
        return beoordeel(meldingId, beheerder, "BEVESTIGD");
    }

    @Override
    public NzaMelding verwerp(long meldingId, String beheerder) {
        return beoordeel(meldingId, beheerder, "VERWORPEN");
    }

    private NzaMelding beoordeel(long id, String beheerder, String status) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update toezicht.nza_melding set status = ?, beoordeeld_door = ?, beoordeeld_op = ?"
                        + " where id = ? and status = 'VOORGESTELD'")) {
            st.setString(1, status);
            st.setString(2, beheerder);
            st.setTimestamp(3, Timestamp.from(klok.nu().toInstant()));
            st.setLong(4, id);
            if (st.executeUpdate() == 0) {
                throw new OngeldigeWachtlijstMelding("Melding " + id + " bestaat niet of is al beoordeeld");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Melding beoordelen mislukt: " + e.getMessage(), e);
        }
        return lees("select " + KOLOMMEN + " from toezicht.nza_melding where id = ?", id).get(0);
    }

    private List<NzaMelding> lees(String sql, Long id) {
        List<NzaMelding> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (id != null) {
                st.setLong(1, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp beoordeeld = rs.getTimestamp(11);
                    uit.add(new NzaMelding(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
                            rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                            beoordeeld == null ? null : beoordeeld.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Meldingen lezen mislukt: " + e.getMessage(), e);
        }
        return uit;
    }
}
