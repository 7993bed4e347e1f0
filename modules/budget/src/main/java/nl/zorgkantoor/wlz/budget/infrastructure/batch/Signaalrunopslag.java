package nl.zorgkantoor.wlz.budget.infrastructure.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.api.SignaalrunVoortgang;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * Progress rows of the partitioned signal job, one per (execution, region). Written outside any transaction by
 * the batch threads (autocommit), so a reader sees a region as done the moment it is.
 */
@ApplicationScoped
public class Signaalrunopslag {

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    public void plan(long executieId, LocalDate peildatum, List<String> regios) {
        String sql = "insert into budget.signaalrun_regio (executie_id, regio_code, peildatum, status) values (?, ?, ?,"
                + " 'WACHT')";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (String regio : regios) {
                st.setLong(1, executieId);
                st.setString(2, regio);
                st.setDate(3, Date.valueOf(peildatum));
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Signaalrun plannen mislukt: " + e.getMessage(), e);
        }
    }

    public void begin(long executieId, String regio, Instant nu) {
        werkBij("update budget.signaalrun_regio set status = 'BEZIG', gestart_op = ? where executie_id = ?"
                + " and regio_code = ?", executieId, regio, Timestamp.from(nu), null, null);
    }

    public void klaar(long executieId, String regio, int nieuw, long duurMs, Instant nu) {
        werkBij("update budget.signaalrun_regio set status = 'KLAAR', klaar_op = ?, nieuw = ?, duur_ms = ?"
                + " where executie_id = ? and regio_code = ?", executieId, regio, Timestamp.from(nu), nieuw, duurMs);
    }

    public void mislukt(long executieId, String regio, Instant nu) {
        werkBij("update budget.signaalrun_regio set status = 'MISLUKT', klaar_op = ? where executie_id = ?"
                + " and regio_code = ?", executieId, regio, Timestamp.from(nu), null, null);
    }

    private void werkBij(String sql, long executieId, String regio, Timestamp nu, Integer nieuw, Long duur) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            int p = 1;
            st.setTimestamp(p++, nu);
            if (nieuw != null) {
                st.setInt(p++, nieuw);
                st.setLong(p++, duur);
            }
            st.setLong(p++, executieId);
            st.setString(p, regio);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Voortgang signaalrun bijwerken mislukt: " + e.getMessage(), e);
        }
    }

    /** The regions of the run (all when {@code regios} is null), in region order. */
    public List<SignaalrunVoortgang.Regio> regios(long executieId, List<String> regios) {
        String sql = "select regio_code, status, nieuw, duur_ms from budget.signaalrun_regio where executie_id = ?"
                + " order by regio_code";
        List<SignaalrunVoortgang.Regio> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, executieId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (regios == null || regios.contains(rs.getString(1))) {
                        int nieuw = rs.getInt(3);
                        Integer n = rs.wasNull() ? null : nieuw;
                        long duur = rs.getLong(4);
                        Long d = rs.wasNull() ? null : duur;
                        uit.add(new SignaalrunVoortgang.Regio(rs.getString(1), rs.getString(2), n, d));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Voortgang signaalrun lezen mislukt: " + e.getMessage(), e);
        }
        return uit;
    }

    public Optional<LocalDate> peildatum(long executieId) {
        return een("select max(peildatum) from budget.signaalrun_regio where executie_id = ?", executieId)
                .map(d -> ((Date) d).toLocalDate());
    }

    /** The newest execution touching one of the regions (all when null). */
    public Optional<Long> laatste(List<String> regios) {
        if (regios != null && regios.isEmpty()) {
            return Optional.empty();
        }
        String sql = "select max(executie_id) from budget.signaalrun_regio"
                + (regios == null ? "" : " where regio_code in (" + "?, ".repeat(Math.max(0, regios.size() - 1))
                + "?)");
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (regios != null) {
                for (int i = 0; i < regios.size(); i++) {
                    st.setString(i + 1, regios.get(i));
                }
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Laatste signaalrun lezen mislukt: " + e.getMessage(), e);
        }
    }

    private Optional<Object> een(String sql, long executieId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, executieId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getObject(1) == null ? null : rs.getDate(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Signaalrun lezen mislukt: " + e.getMessage(), e);
        }
    }
}
