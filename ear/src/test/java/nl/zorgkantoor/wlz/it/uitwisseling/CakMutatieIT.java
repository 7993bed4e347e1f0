package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import nl.zorgkantoor.wlz.it.Retourcodes;
import nl.zorgkantoor.wlz.it.TestBsn;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4 "Out": an AW39 that ends care the CAK knows from a CA317 produces a CA319 in the outbox in the same
 * transaction, under the GeleverdeZorgID of that CA317 (TR118); withdrawing the einde zorg withdraws it at the CAK;
 * the CA320 is processed like the CA318, and a rejected MutatieZorg makes the message a work item.
 */
@ExtendWith(ArquillianExtension.class)
class CakMutatieIT {

    private static final LocalDate INGANG = LocalDate.of(2025, 3, 1);
    private static final LocalDate BEGIN = INGANG.plusDays(10);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CakMutatieIT.class, TestPartner.class, TestCak.class);
    }

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @BeforeEach
    void cakBereikbaar() {
        System.setProperty("wlz.uitwisseling.backoff.seconden", "1");
        System.setProperty("wlz.partner.CAK.url", ItOmgeving.http("/test/testcak").toString());
    }

    @AfterEach
    void opruimen() {
        System.clearProperty("wlz.uitwisseling.backoff.seconden");
        System.clearProperty("wlz.partner.CAK.url");
        System.clearProperty(TestCak.AFWIJZEN);
    }

    @Test
    void eindeZorgGaatAlsCa319NaarHetCakEnEenIntrekkingTrektHemDaarIn() throws Exception {
        String bsn = inZorg();
        String geleverdeZorgId = geleverdeZorgId(bsn);

        // Mutatiecode 18 (aanbieder kan nog niet leveren) ends nothing: no CA319
        assertEquals("0200,0200", aw310(Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, BEGIN.plusDays(5), "1")));
        LocalDate einde = BEGIN.plusDays(30);
        String eindeZorg = Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, einde, "19", "5", "1");
        assertEquals("0200,0200", aw310(eindeZorg));

        List<String[]> ca319 = wachtOpAfgeleverd(bsn, 1);
        assertEquals(1, ca319.size(), "alleen de einde zorg gaat naar het CAK");
        String xml = ca319.get(0)[2];
        assertTrue(xml.contains("<ca319:MutatieZorgID>" + geleverdeZorgId + "</"), "TR118: " + xml);
        assertTrue(xml.contains("<ca319:Mutatiecode>19</") && xml.contains("<ca319:Mutatiedatum>" + einde + "</")
                && xml.contains("<ca319:StatusAanlevering>1</"), xml);
        assertEquals("0200,0200", ca319.get(0)[1], "CA320 verwerkt: Client en MutatieZorg 0200");
        assertEquals(einde.toString(), einde(geleverdeZorgId));

        // the aanbieder withdraws the einde zorg (StatusAanlevering 3 of the same mutatie): the CAK hears it too
        String intrekking = eindeZorg.replace("<iwlz:Identificatie>" + identificatie(eindeZorg) + "<",
                "<iwlz:Identificatie>" + id() + "<").replace("<aw39:StatusAanlevering>1<", "<aw39:StatusAanlevering>3<");
        assertEquals("0200,0200", aw310(intrekking));
        ca319 = wachtOpAfgeleverd(bsn, 2);
        String tweede = ca319.get(1)[2];
        assertTrue(tweede.contains("<ca319:MutatieZorgID>" + geleverdeZorgId + "</")
                && tweede.contains("<ca319:StatusAanlevering>3</"), tweede);
        assertNull(einde(geleverdeZorgId), "de zorg loopt weer");
    }

    @Test
    void eenAfgewezenMutatieZorgMaaktVanDeCa319EenWerkitem() throws Exception {
        String bsn = inZorg();
        System.setProperty(TestCak.AFWIJZEN, "true");
        assertEquals("0200,0200", aw310(Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, BEGIN.plusDays(20),
                "20", "3", "1")));
        String[] rij = null;
        for (int i = 0; i < 120 && (rij == null || !"AFGEWEZEN".equals(rij[0])); i++) {
            Thread.sleep(500);
            List<String[]> rijen = ca319(bsn);
            rij = rijen.isEmpty() ? null : rijen.get(0);
        }
        assertNotNull(rij, "CA319 in de outbox");
        assertEquals("AFGEWEZEN", rij[0], "een afgewezen klasse: werk voor een medewerker");
        assertEquals("1156,0200", rij[1], "MutatieZorg afgewezen, Client 0200 (documentvolgorde)");
        assertTrue(rij[2].contains("<ca319:Mutatiecode>20</"), "20: beëindigd, toewijzing aanhouden (CS067)");
        assertEquals("Afgewezen door de ontvanger: werk voor een medewerker", logToelichting(rij[3]));
    }

    @Test
    void eenAfgekeurdeEindeZorgMaaktGeenCa319() throws Exception {
        String bsn = inZorg();
        // TR018: a Mutatiedatum before the Begindatum rejects the mutatie; nothing of it is taken over or sent on
        String aw39 = Voorbeeldberichten.aw39(id(), bsn, 1, "754", INGANG, BEGIN.plusDays(30), "19", "5", "1")
                .replace("<aw39:Instelling>", "<aw39:Begindatum>" + BEGIN.plusDays(31) + "</aw39:Begindatum><aw39:Instelling>");
        String codes = aw310(aw39);
        assertTrue(codes.contains("9018"), codes);
        Thread.sleep(3000);
        assertTrue(ca319(bsn).isEmpty(), "geen CA319 voor een mutatie die niet is overgenomen");
        assertNull(einde(geleverdeZorgId(bsn)));
    }

    /** A new client with an indicatie and an AW35 whose CA317 the CAK received. */
    private String inZorg() throws Exception {
        String bsn = TestBsn.uniek('2');
        assertTrue(soap("/uitwisseling/CizService", Voorbeeldberichten.io31(id(), bsn, 1, "754", INGANG))
                .contains(">0200<"));
        String aw36 = soap("/uitwisseling/ZorgaanbiederService",
                Voorbeeldberichten.aw35(id(), bsn, 1, "754", INGANG, BEGIN, "1"));
        assertTrue(Retourcodes.alleGoed(aw36), aw36);
        for (int i = 0; i < 120 && geleverdeZorgId(bsn) == null; i++) {
            Thread.sleep(250);
        }
        assertNotNull(geleverdeZorgId(bsn), "CA317 met GeleverdeZorgID");
        return bsn;
    }

    /** The RetourCodes of the AW310 in the order of the classes (Client, MutatieZorgzwaartepakket). */
    private static String aw310(String aw39) {
        String body = soap("/uitwisseling/ZorgaanbiederService", aw39);
        return String.join(",", Retourcodes.van(body));
    }

    private List<String[]> wachtOpAfgeleverd(String bsn, int aantal) throws Exception {
        List<String[]> rijen = List.of();
        for (int i = 0; i < 120; i++) {
            rijen = ca319(bsn);
            if (rijen.size() >= aantal && rijen.stream().allMatch(r -> "AFGELEVERD".equals(r[0]))) {
                return rijen;
            }
            Thread.sleep(500);
        }
        return rijen;
    }

    /** The CA319s of a client, oldest first: status, retourcodes, xml, id. */
    private List<String[]> ca319(String bsn) throws Exception {
        List<String[]> rijen = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select status, retour_codes, xml, id from uitwisseling.uitgaand_bericht where berichtsoort = 'CA319'"
                        + " and xml like ? order by id")) {
            st.setString(1, "%<ca319:Bsn>" + bsn + "</%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rijen.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        return rijen;
    }

    private String geleverdeZorgId(String bsn) throws Exception {
        return waarde("select geleverde_zorg_id from uitwisseling.cak_zorglevering where bsn = ?", bsn);
    }

    private String einde(String geleverdeZorgId) throws Exception {
        return waarde("select cast(einde_datum as varchar(10)) from uitwisseling.cak_zorglevering"
                + " where geleverde_zorg_id = ?", geleverdeZorgId);
    }

    private String logToelichting(String uitgaandId) throws Exception {
        return waarde("select toelichting from uitwisseling.bericht where uitgaand_id = cast(? as bigint)", uitgaandId);
    }

    private String waarde(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String identificatie(String bericht) {
        var m = java.util.regex.Pattern.compile("<iwlz:Identificatie>([^<]+)<").matcher(bericht);
        return m.find() ? m.group(1) : "";
    }

    private static String soap(String pad, String bericht) {
        HttpResponse<String> antwoord = ItOmgeving.soap(pad, Voorbeeldberichten.envelop(bericht));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return antwoord.body();
    }

    private static String id() {
        return "CM" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

}
