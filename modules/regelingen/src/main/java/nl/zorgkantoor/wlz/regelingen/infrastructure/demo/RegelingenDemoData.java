package nl.zorgkantoor.wlz.regelingen.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.demo.BatchSchrijver;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.infrastructure.demo.DemoRegelingen.Aanvraag;

/**
 * Loads the extra-care cases of the demo population ({@link DemoRegelingen}) into an empty regelingen schema. A
 * client has at most one case, so the case id is the client number. Element collections are written with volgnummer
 * from 0, as Hibernate's {@code @OrderColumn} reads them.
 */
@Singleton
@Startup
@DependsOn("RegelingenSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class RegelingenDemoData {

    private static final Logger LOG = Logger.getLogger(RegelingenDemoData.class.getName());
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void laad() {
        if (!DemoInstellingen.actief() || !BatchSchrijver.isLeeg(dataSource, "regelingen.aanvraag")) {
            return;
        }
        long start = System.nanoTime();
        long aanvragen = laad(dataSource, DemoInstellingen.populatie());
        LOG.info(() -> String.format("Demodata regelingen: %d aanvragen geladen in %d ms", aanvragen,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Writes the cases with their steps, grounds and decision lines; returns the number of cases. */
    public static long laad(DataSource dataSource, DemoPopulatie populatie) {
        long aanvragen = BatchSchrijver.schrijf(dataSource, populatie, """
                insert into regelingen.aanvraag (id, versie, client_id, soort, status, aanvrager, aanvraagdatum,
                    beslistermijn, zorgprofiel, regio_code, ciz_besluitnummer, clientondersteuning_op, huisbezoek_op,
                    leveringsvormen, gedragsproblematiek, toeslagsoort, productiejaar, medische_noodzaak,
                    cognitieve_beperking, vertegenwoordiger, extra_uren, uurtarief, advies_adviseur, advies_vraag,
                    advies_gevraagd_op, uitkomst, ingangsdatum, einddatum, heraanvraagdatum, motivering,
                    besloten_door, besloten_op)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, (st, c) -> aanvraag(st, DemoRegelingen.voor(populatie, c)));
        for (int i = 0; i < DemoRegelingen.MAX_STAPPEN; i++) {
            int index = i;
            BatchSchrijver.schrijf(dataSource, populatie,
                    "insert into regelingen.aanvraag_stap (aanvraag_id, volgnummer, actie, van_status, naar_status,"
                            + " wie, wanneer, waarom) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    (st, c) -> stap(st, DemoRegelingen.voor(populatie, c), index));
        }
        for (int i = 0; i < DemoRegelingen.MAX_GRONDEN; i++) {
            int index = i;
            BatchSchrijver.schrijf(dataSource, populatie,
                    "insert into regelingen.besluit_grond (aanvraag_id, volgnummer, regel, voldaan, uitleg)"
                            + " values (?, ?, ?, ?, ?)",
                    (st, c) -> grond(st, DemoRegelingen.voor(populatie, c), index));
        }
        BatchSchrijver.schrijf(dataSource, populatie,
                "insert into regelingen.besluit_regel (aanvraag_id, volgnummer, leveringsvorm, omschrijving,"
                        + " bedrag_per_jaar) values (?, 0, ?, ?, ?)",
                (st, c) -> regel(st, DemoRegelingen.voor(populatie, c)));
        BatchSchrijver.zetSequenceBoven(dataSource, "regelingen.aanvraag_seq", populatie.aantal());
        return aanvragen;
    }

    private static boolean aanvraag(PreparedStatement st, Aanvraag a) throws SQLException {
        if (a == null) {
            return false;
        }
        DemoClient c = a.client();
        int p = 1;
        st.setLong(p++, c.nummer());
        st.setLong(p++, c.nummer());
        st.setString(p++, a.soort().name());
        st.setString(p++, a.status().name());
        st.setString(p++, a.aanvrager().name());
        st.setDate(p++, Date.valueOf(a.aanvraagdatum()));
        st.setDate(p++, Date.valueOf(a.beslistermijn()));
        st.setString(p++, c.zorgprofiel().name());
        st.setString(p++, c.regio().code());
        setLong(st, p++, a.aanvrager() == Aanvrager.CIZ_SIGNAAL ? 1L : null);
        st.setDate(p++, Date.valueOf(a.aanvraagdatum()));
        setDate(st, p++, a.soort() == Soort.PAB && a.besloten() != null ? a.besloten().minusDays(3) : null);
        st.setString(p++, c.leveringsvorm().name());
        setBoolean(st, p++, a.soort() == Soort.MEERZORG ? a.gedragsproblematiek() : null);
        st.setString(p++, a.toeslag() == null ? null : a.toeslag().name());
        setLong(st, p++, a.toeslag() == null ? null : (long) a.aanvraagdatum().getYear());
        Boolean pab = a.soort() == Soort.PAB ? Boolean.TRUE : null;
        setBoolean(st, p++, pab);
        setBoolean(st, p++, pab == null ? null : Boolean.FALSE);
        setBoolean(st, p++, pab == null ? null : Boolean.FALSE);
        setDecimal(st, p++, a.extraUrenPerWeek());
        setDecimal(st, p++, a.extraUrenPerWeek() == null ? null : DemoRegelingen.UURTARIEF);
        st.setString(p++, a.adviesGevraagd() == null ? null : "CCE");
        st.setString(p++, a.adviesGevraagd() == null ? null : "Advies CCE over de gedragsproblematiek");
        setTijd(st, p++, a.adviesGevraagd() == null ? null : a.adviesGevraagd().atTime(10, 0));
        st.setString(p++, a.uitkomst() == null ? null : a.uitkomst().name());
        setDate(st, p++, a.ingangsdatum());
        setDate(st, p++, a.einddatum());
        setDate(st, p++, a.heraanvraagdatum());
        st.setString(p++, a.motivering());
        st.setString(p++, a.uitkomst() == null ? null : DemoRegelingen.BEHANDELAAR);
        setTijd(st, p, a.besloten() == null ? null : a.besloten().atTime(15, 0));
        return true;
    }

    private static boolean stap(PreparedStatement st, Aanvraag a, int index) throws SQLException {
        if (a == null || index >= a.stappen().size()) {
            return false;
        }
        DemoRegelingen.Stap s = a.stappen().get(index);
        st.setLong(1, a.client().nummer());
        st.setInt(2, index);
        st.setString(3, s.actie().name());
        st.setString(4, s.van().name());
        st.setString(5, s.naar().name());
        st.setString(6, DemoRegelingen.BEHANDELAAR);
        setTijd(st, 7, s.wanneer());
        st.setString(8, s.waarom());
        return true;
    }

    private static boolean grond(PreparedStatement st, Aanvraag a, int index) throws SQLException {
        if (a == null || index >= a.gronden().size()) {
            return false;
        }
        DemoRegelingen.Grond g = a.gronden().get(index);
        st.setLong(1, a.client().nummer());
        st.setInt(2, index);
        st.setString(3, g.regel());
        st.setBoolean(4, g.voldaan());
        st.setString(5, g.uitleg());
        return true;
    }

    private static boolean regel(PreparedStatement st, Aanvraag a) throws SQLException {
        if (a == null || a.regels().isEmpty()) {
            return false;
        }
        DemoRegelingen.Regel r = a.regels().get(0);
        st.setLong(1, a.client().nummer());
        st.setString(2, r.leveringsvorm().name());
        st.setString(3, r.omschrijving());
        st.setBigDecimal(4, r.bedragPerJaar());
        return true;
    }

    private static void setTijd(PreparedStatement st, int p, LocalDateTime tijd) throws SQLException {
        if (tijd == null) {
            st.setNull(p, Types.TIMESTAMP);
        } else {
            st.setTimestamp(p, Timestamp.from(tijd.atZone(AMSTERDAM).toInstant()));
        }
    }

    private static void setDate(PreparedStatement st, int p, LocalDate datum) throws SQLException {
        if (datum == null) {
            st.setNull(p, Types.DATE);
        } else {
            st.setDate(p, Date.valueOf(datum));
        }
    }

    private static void setLong(PreparedStatement st, int p, Long waarde) throws SQLException {
        if (waarde == null) {
            st.setNull(p, Types.BIGINT);
        } else {
            st.setLong(p, waarde);
        }
    }

    private static void setBoolean(PreparedStatement st, int p, Boolean waarde) throws SQLException {
        if (waarde == null) {
            st.setNull(p, Types.BOOLEAN);
        } else {
            st.setBoolean(p, waarde);
        }
    }

    private static void setDecimal(PreparedStatement st, int p, BigDecimal waarde) throws SQLException {
        if (waarde == null) {
            st.setNull(p, Types.NUMERIC);
        } else {
            st.setBigDecimal(p, waarde);
        }
    }
}
