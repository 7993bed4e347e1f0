package nl.zorgkantoor.wlz.indicatie.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.demo.BatchSchrijver;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * Loads the synthetic clients and their indicatiebesluiten into an empty database, so a newcomer sees a living
 * system. Client ids equal the population numbers, which lets the other contexts load matching data by id.
 */
@Singleton
@Startup
@DependsOn("IndicatieSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class IndicatieDemoData {

    private static final Logger LOG = Logger.getLogger(IndicatieDemoData.class.getName());

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @PostConstruct
    void laad() {
        if (!DemoInstellingen.actief() || !BatchSchrijver.isLeeg(dataSource, "indicatie.client")) {
            return;
        }
        DemoPopulatie populatie = DemoInstellingen.populatie();
        long start = System.nanoTime();
        Timestamp nu = Timestamp.from(Instant.now());
        BatchSchrijver.schrijf(dataSource, populatie,
                "insert into indicatie.client (id, bsn, voornaam, achternaam, geslacht, geboortedatum, regio_code,"
                        + " aangemaakt_op) values (?, ?, ?, ?, ?, ?, ?, ?)",
                (st, c) -> {
                    st.setLong(1, c.nummer());
                    st.setString(2, c.bsn());
                    st.setString(3, c.voornaam());
                    st.setString(4, c.achternaam());
                    st.setString(5, String.valueOf(c.geslacht()));
                    st.setDate(6, Date.valueOf(c.geboortedatum()));
                    st.setString(7, c.regio().code());
                    st.setTimestamp(8, nu);
                    return true;
                });
        BatchSchrijver.schrijf(dataSource, populatie,
                "insert into indicatie.indicatiebesluit (id, client_id, besluitnummer, zorgprofiel,"
                        + " leveringsvorm_voorkeur, ingangsdatum, meerzorg_onderzoek, ontvangen_op)"
                        + " values (?, ?, 1, ?, ?, ?, false, ?)",
                (st, c) -> {
                    st.setLong(1, c.nummer());
                    st.setLong(2, c.nummer());
                    st.setString(3, c.zorgprofiel().name());
                    st.setString(4, c.leveringsvorm().name());
                    st.setDate(5, Date.valueOf(c.indicatieIngangsdatum()));
                    st.setTimestamp(6, nu);
                    return true;
                });
        BatchSchrijver.zetSequenceBoven(dataSource, "indicatie.client_seq", populatie.aantal());
        BatchSchrijver.zetSequenceBoven(dataSource, "indicatie.indicatiebesluit_seq", populatie.aantal());
        LOG.info(() -> String.format("Demodata indicatie: %d cliënten in %d regio's geladen in %d ms",
                populatie.aantal(), populatie.regios().size(), (System.nanoTime() - start) / 1_000_000));
    }
}
