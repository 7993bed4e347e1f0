package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Aw33BouwerTest {

    private static final LocalDate DAG = LocalDate.of(2025, 3, 10);

    /** CI once sent an AW33 at 01:56:00 and LocalTime printed "01:56", which is no xs:time. */
    @ParameterizedTest
    @ValueSource(strings = {"01:56:00", "00:00:00", "23:59:59.999999999", "12:30:15.5"})
    void eenAw33IsSchemaGeldigOokOpEenHeleMinuut(String tijd) throws Exception {
        ClientView client = new ClientView(3, Bsn.of("999990019"), "Jan", "Jansen & Zn", 'M', LocalDate.of(1940, 5, 1),
                ZorgkantoorRegio.actieve().get(0));
        IndicatieView indicatie = new IndicatieView(3, 1, Zorgprofiel.parse("4VV"), Leveringsvorm.VERBLIJF,
                Periode.vanaf(DAG.minusMonths(1)), false);
        NieuweToewijzing toewijzing = new NieuweToewijzing(3, 1, "12345678", Leveringsvorm.VERBLIJF, DAG);

        String xml = Aw33Bouwer.bouw("T1", DAG, LocalTime.parse(tijd), client, indicatie, toewijzing);

        Schemas.valideer(VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8)), "AW33.xsd");
        assertTrue(xml.contains("<aw33:Toewijzingstijd>" + tijd.substring(0, 8) + "</aw33:Toewijzingstijd>"), xml);
    }
}
