package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class Aw317BouwerTest {

    private static final LocalDate BEGIN = LocalDate.of(2026, 9, 1);
    private static final LocalDate EIND = LocalDate.of(2026, 9, 30);

    private static Aw317Bouwer.Regel regel(String bsn, long inschrijving, String status, String classificatie,
                                           LocalDate vanaf, String aanbieder) {
        return new Aw317Bouwer.Regel(bsn, "V", LocalDate.of(1938, 4, 12), 2, null, LocalDate.of(2026, 1, 5), null,
                "02", null, null, inschrijving, LocalDate.of(2026, 2, 1), "VV5", status, classificatie, aanbieder,
                vanaf);
    }

    @Test
    void eenAw317IsSchemaGeldigMetEenWachtlijstPakketPerInschrijvingEnZijnAw318Ook() throws Exception {
        List<Aw317Bouwer.Regel> regels = List.of(
                regel("999990019", 11, "7", "12", LocalDate.of(2026, 2, 1), "12345678"),
                regel("999990019", 11, "4", null, LocalDate.of(2026, 9, 14), "12345678"),
                regel("999990020", 12, "3", "19", LocalDate.of(2026, 3, 1), null));
        String xml = Aw317Bouwer.bouw("T7", LocalDate.of(2026, 10, 8), "5509", BEGIN, EIND, regels);
        Document aw317 = VeiligeXml.lees(xml.getBytes(StandardCharsets.UTF_8));
        Schemas.valideer(aw317, "AW317.xsd");
        assertEquals(2, aw317.getElementsByTagNameNS(Berichtsoort.AW317.namespace(), "Client").getLength());
        assertEquals(2, aw317.getElementsByTagNameNS(Berichtsoort.AW317.namespace(), "WachtlijstZorgzwaartepakket")
                .getLength());
        assertTrue(xml.contains("<aw317:Geslacht>2</aw317:Geslacht><aw317:Geboortejaar>1938</"), xml);
        assertTrue(xml.contains("<aw317:Afgiftedatum>2026-01-05</"), "zonder afgiftedatum telt de ingangsdatum");
        assertTrue(xml.contains("<aw317:ZzpCode>754</aw317:ZzpCode><aw317:Soort>1</aw317:Soort>"
                + "<aw317:Instelling>12345678</aw317:Instelling>"), xml);
        assertTrue(xml.contains("<aw317:Leveringsvorm>4</aw317:Leveringsvorm>"), "zonder wens: verblijf");

        Document aw318 = RetourBouwer.retour(aw317, Berichtsoort.AW317, new Bevindingen(), "Z1", EIND.plusDays(9),
                false);
        Schemas.valideer(VeiligeXml.lees(VeiligeXml.bytes(aw318)), "AW318.xsd");
    }

    @Test
    void berichtenWordenPerAantalClientenGesnedenZonderEenClientTeSplitsen() {
        List<Aw317Bouwer.Regel> regels = List.of(regel("1", 1, "7", "12", BEGIN, null),
                regel("1", 1, "4", null, EIND, null), regel("2", 2, "2", "12", BEGIN, null),
                regel("3", 3, "2", "12", BEGIN, null), regel("3", 4, "6", "01", BEGIN, null));
        List<List<Aw317Bouwer.Regel>> berichten = Uitvoeringsgegevens.perBericht(regels, 2);
        assertEquals(List.of(3, 2), berichten.stream().map(List::size).toList());
        assertEquals(List.of(), Uitvoeringsgegevens.perBericht(List.of(), 2));
    }

    @Test
    void tr091EnCs003DePeriodeIsGeslotenEnMinstensZevenDagenVoorbij() {
        // RULES TR091: Dagtekening >= 7 dagen na einde Periode; CS003: einddatum >= begindatum
        Uitvoeringsgegevens.controleer(BEGIN, EIND, EIND.plusDays(7));
        var teVroeg = assertThrows(IllegalArgumentException.class,
                () -> Uitvoeringsgegevens.controleer(BEGIN, EIND, EIND.plusDays(6)));
        assertTrue(teVroeg.getMessage().contains("pas vanaf 2026-10-07"), teVroeg.getMessage());
        var omgekeerd = assertThrows(IllegalArgumentException.class,
                () -> Uitvoeringsgegevens.controleer(EIND, BEGIN, EIND.plusDays(30)));
        assertTrue(omgekeerd.getMessage().contains("CS003"), omgekeerd.getMessage());
    }
}
