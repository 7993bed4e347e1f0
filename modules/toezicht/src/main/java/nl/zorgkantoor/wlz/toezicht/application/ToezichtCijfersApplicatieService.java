package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;
import nl.zorgkantoor.wlz.toezicht.domain.Resultaatuitspraak.Overschrijding;
import nl.zorgkantoor.wlz.toezicht.infrastructure.Sql;

@Stateless
@Local(ToezichtCijfersService.class)
public class ToezichtCijfersApplicatieService implements ToezichtCijfersService {

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Inject
    private Klok klok;

    private CijferSamensteller cijfers;

    @PostConstruct
    void init() {
        cijfers = new CijferSamensteller(dataSource);
    }

    @Override
    public List<String> regios() {
        return cijfers.regios();
    }

    @Override
    public String dataVersie() {
        return cijfers.dataVersie();
    }

    @Override
    public Cijfertabel bereken(Indicator indicator, String regioCode, LocalDate peildatum) {
        if (indicator == Indicator.NZA_MELDINGEN) {
            stelMeldingenVoor(regioCode, peildatum);
        }
        return cijfers.bereken(indicator, regioCode, peildatum);
    }

    /** RULES W-06: every threshold crossed becomes a proposal, once per region, peildatum and indicator. */
    private void stelMeldingenVoor(String regioCode, LocalDate peildatum) {
        List<Overschrijding> over = cijfers.overschrijdingen(regioCode, peildatum);
        if (over.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (Overschrijding o : over) {
                if (bestaat(c, regioCode, peildatum, o.indicator())) {
                    continue;
                }
                try (PreparedStatement st = c.prepareStatement("insert into toezicht.nza_melding (id, regio_code,"
                        + " peildatum, indicator, waarde, drempel, toelichting, status, voorgesteld_op)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'VOORGESTELD', ?)")) {
                    st.setLong(1, Sql.volgendeId(c, "toezicht.nza_melding_seq"));
                    st.setString(2, regioCode);
                    st.setDate(3, Date.valueOf(peildatum));
                    st.setString(4, o.indicator());
                    st.setBigDecimal(5, o.waarde());
                    st.setBigDecimal(6, o.drempel());
                    st.setString(7, o.toelichting());
                    st.setTimestamp(8, Timestamp.from(klok.nu().toInstant()));
                    st.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Meldingen voorstellen mislukt: " + e.getMessage(), e);
        }
    }

    private static boolean bestaat(Connection c, String regio, LocalDate peildatum, String indicator)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from toezicht.nza_melding where regio_code = ?"
                + " and peildatum = ? and indicator = ?")) {
            st.setString(1, regio);
            st.setDate(2, Date.valueOf(peildatum));
            st.setString(3, indicator);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
