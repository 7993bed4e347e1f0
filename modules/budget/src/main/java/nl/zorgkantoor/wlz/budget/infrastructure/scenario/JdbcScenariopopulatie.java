package nl.zorgkantoor.wlz.budget.infrastructure.scenario;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktAanvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktDoelgroep;
import nl.zorgkantoor.wlz.budget.domain.berekening.Leveringsverdeling;
import nl.zorgkantoor.wlz.budget.domain.berekening.MeerzorgToekenning;
import nl.zorgkantoor.wlz.budget.domain.berekening.PabAanvraag;
import nl.zorgkantoor.wlz.budget.domain.scenario.Scenarioclient;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * Streams the population at home (clients with a pgb or mpt budget in force) of a region or the country, one client
 * at a time, ordered by client: one query over the budget tables, {@code indicatie.v_client_indicatie} and
 * {@code regelingen.v_toegekende_regeling} (the published views), read with a fetch size so neither the database
 * driver nor this class holds the population (RULES B-07 simulator).
 */
@ApplicationScoped
public class JdbcScenariopopulatie {

    private static final String SQL = """
            select i.client_id, i.zorgprofiel, i.geboortedatum, i.meerzorg_onderzoek,
                   b.id, b.leveringsvorm, b.jaarbedrag, t.toeslag_code, r.aanvraag_id, r.soort, r.bedrag
            from indicatie.v_client_indicatie i
            join budget.budgettoekenning b on b.client_id = i.client_id and b.leveringsvorm in ('PGB', 'MPT')
              and b.ingangsdatum <= ? and (b.einddatum is null or b.einddatum >= ?)
            left join budget.toegekende_toeslag t on t.client_id = i.client_id
              and t.ingangsdatum <= ? and (t.einddatum is null or t.einddatum >= ?)
            left join regelingen.v_toegekende_regeling r on r.client_id = i.client_id and r.status = 'TOEGEKEND'
              and r.soort in ('EKT', 'PAB', 'MEERZORG') and r.periode_begin <= ? and r.periode_eind >= ?
            where i.ingangsdatum <= ? and (i.einddatum is null or i.einddatum >= ?)
            """;

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    /** @param regioCode null = the whole country */
    public long lees(String regioCode, LocalDate peildatum, Consumer<Scenarioclient> ontvanger) {
        String sql = SQL + (regioCode == null ? "" : " and i.regio_code = ?") + " order by i.client_id";
        long aantal = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setFetchSize(5_000);
            Date datum = Date.valueOf(peildatum);
            for (int p = 1; p <= 8; p++) {
                st.setDate(p, datum);
            }
            if (regioCode != null) {
                st.setString(9, regioCode);
            }
            try (ResultSet rs = st.executeQuery()) {
                Client huidig = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (huidig == null || huidig.id != id) {
                        if (huidig != null) {
                            ontvanger.accept(huidig.scenarioclient());
                            aantal++;
                        }
                        Date geboren = rs.getDate(3);
                        huidig = new Client(id, Zorgprofiel.valueOf(rs.getString(2)),
                                geboren == null ? null : geboren.toLocalDate(), rs.getBoolean(4));
                    }
                    huidig.budget(rs.getLong(5), rs.getString(6), centen(rs.getBigDecimal(7)));
                    String toeslag = rs.getString(8);
                    if (toeslag != null) {
                        huidig.toeslagen.add(toeslag);
                    }
                    long aanvraag = rs.getLong(9);
                    if (!rs.wasNull()) {
                        huidig.regeling(aanvraag, rs.getString(10), centen(rs.getBigDecimal(11)));
                    }
                }
                if (huidig != null) {
                    ontvanger.accept(huidig.scenarioclient());
                    aantal++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Populatie voor de scenariosimulatie lezen mislukt: " + e.getMessage(), e);
        }
        return aantal;
    }

    private static long centen(BigDecimal bedrag) {
        return bedrag == null ? 0 : bedrag.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** One client's rows (budgets × toeslagen × regelingen), deduplicated by their own ids. */
    private static final class Client {
        private final long id;
        private final Zorgprofiel profiel;
        private final LocalDate geboortedatum;
        private final boolean cizMeerzorg;
        private final Map<Long, Long> pgb = new HashMap<>();
        private final Map<Long, Long> mpt = new HashMap<>();
        private final Set<String> toeslagen = new HashSet<>();
        private final Map<Long, Long> ekt = new HashMap<>();
        private final Map<Long, Long> pab = new HashMap<>();
        private final Map<Long, Long> meerzorg = new HashMap<>();

        private Client(long id, Zorgprofiel profiel, LocalDate geboortedatum, boolean cizMeerzorg) {
            this.id = id;
            this.profiel = profiel;
            this.geboortedatum = geboortedatum;
            this.cizMeerzorg = cizMeerzorg;
        }

        private void budget(long budgetId, String vorm, long centen) {
            ("PGB".equals(vorm) ? pgb : mpt).put(budgetId, centen);
        }

        private void regeling(long aanvraagId, String soort, long centen) {
            switch (soort) {
                case "EKT" -> ekt.put(aanvraagId, centen);
                case "PAB" -> pab.put(aanvraagId, centen);
                default -> meerzorg.put(aanvraagId, centen);
            }
        }

        private Scenarioclient scenarioclient() {
            long pgbSom = som(pgb);
            long mptSom = som(mpt);
            // RULES L-02: a pgb and an mpt budget together are one budget, split by their shares
            Leveringsverdeling verdeling = mptSom == 0 ? Leveringsverdeling.PGB : pgbSom == 0 ? Leveringsverdeling.MPT
                    : Leveringsverdeling.gemengd((int) Math.max(1, Math.min(99,
                    Math.round(100.0 * pgbSom / (pgbSom + mptSom)))));
            return new Scenarioclient(profiel, verdeling, toeslagen, geboortedatum,
                    ekt.isEmpty() ? null : new EktAanvraag(Bedrag.centen(som(ekt)), EktDoelgroep.GEEN, false),
                    pab.isEmpty() ? null : new PabAanvraag(Bedrag.centen(som(pab))),
                    meerzorg.isEmpty() ? null
                            : new MeerzorgToekenning(Bedrag.centen(som(meerzorg)), cizMeerzorg),
                    pgbSom + mptSom);
        }

        private static long som(Map<Long, Long> bedragen) {
            long som = 0;
            for (long b : bedragen.values()) {
                som += b;
            }
            return som;
        }
    }
}
