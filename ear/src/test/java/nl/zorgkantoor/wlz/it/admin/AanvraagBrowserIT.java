package nl.zorgkantoor.wlz.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.zorgkantoor.wlz.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagIndienen;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraaggegevens;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Aanvraag behandelen in real Chromium: a beoordelaar takes an ekt aanvraag of its region into behandeling, attaches
 * the aanvraagformulier (a fake PDF is refused by content), decides in two steps and downloads the beschikking; a
 * medewerker prepares but cannot decide; the beheerder sees it all in the audit trail. The aanvraag itself is filed
 * inside the server first (there is no intake screen: aanvragen arrive through the exchange). Kept apart from
 * BrowserIT because this class is also loaded inside the server, where Selenium is absent: no lambda or field here may
 * mention a Selenium type.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AanvraagBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(AanvraagBrowserIT.class);
    }

    @EJB
    private RegelingenService regelingen;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    /**
     * Files an ekt aanvraag (RULES E-01, E-06) for a VV5 demo client of Utrecht that has no regeling yet, so that
     * earlier runs on a kept PostgreSQL database cannot make the grant collide (RULES E-05).
     */
    @Test
    @Order(0)
    void voorbereiding_eenEktAanvraagInUtrecht() throws Exception {
        DemoPopulatie populatie = DemoInstellingen.populatie();
        for (long n = 1; n <= populatie.aantal(); n += 3) {
            if (populatie.client(n).zorgprofiel() != Zorgprofiel.VV5) {
                continue;
            }
            try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                    "select count(*) from regelingen.v_toegekende_regeling where client_id = ?")) {
                st.setLong(1, n);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        continue;
                    }
                }
            }
            // Two: the beoordelaar decides the newest, the medewerker finds the other one still open.
            for (int i = 0; i < 2; i++) {
                regelingen.dienIn(new AanvraagIndienen(n, Soort.EKT, Aanvrager.CLIENT, "BrowserIT",
                        LocalDate.now(Klok.ZONE), Aanvraaggegevens.voor(Leveringsvorm.PGB).zorgprofielOntoereikend(true)
                        .bouw(), "browser-it"));
            }
            return;
        }
        throw new IllegalStateException("geen VV5-cliënt in Utrecht zonder regeling");
    }

    @Test
    @Order(1)
    @RunAsClient
    void eenBeoordelaarBehandeltEenAanvraagBesluitEnDownloadtDeBeschikking() throws Exception {
        try (Browser b = new Browser("beoordelaar.utrecht")) {
            b.login("beoordelaar.utrecht");
            b.klikLink("Werkvoorraad");
            b.wachtOp(By.id("kop-termijnen"));
            b.screenshot("01-werkvoorraad");
            b.klikLink("Aanvragen");
            b.wachtOp(By.id("aanvraagfilter:soort"));
            new Select(b.driver().findElement(By.id("aanvraagfilter:soort"))).selectByValue("EKT");
            new Select(b.driver().findElement(By.id("aanvraagfilter:status"))).selectByValue("ONTVANGEN");
            b.klik(By.id("aanvraagfilter:filteren"));
            b.wachtOp(By.id("aanvragen:lijst"));
            // Newest first: sort by number, twice for descending.
            b.klik(By.id("aanvragen:lijst:sorteer-nummer"));
            b.wachtOp(By.xpath("//input[@id='aanvragen:lijst:sorteer-nummer' and contains(@value,'▲')]"));
            b.klik(By.id("aanvragen:lijst:sorteer-nummer"));
            b.wachtOp(By.xpath("//input[@id='aanvragen:lijst:sorteer-nummer' and contains(@value,'▼')]"));
            b.screenshot("02-aanvragen");
            // No lambda over Selenium types here: this class is also loaded inside the server, without Selenium.
            for (int i = 0; i < b.alle(By.cssSelector("td.regio")).size(); i++) {
                assertEquals("5509", b.alle(By.cssSelector("td.regio")).get(i).getText(), "alleen de eigen regio");
            }
            b.klik(By.cssSelector("a.aanvraaglink"));
            b.wachtOp(By.id("status"));
            String nummer = b.tekst(By.id("kop-aanvraag")).replaceAll(".*REG-", "");
            assertEquals("Ontvangen", b.tekst(By.id("status")));
            b.screenshot("03-aanvraag-ontvangen");

            b.klik(By.id("stappen:in-behandeling"));
            b.wachtOp(By.xpath("//*[@id='status' and text()='In behandeling']"));
            assertTrue(b.paginatekst().contains("E-06"), "de toetsing noemt het ontbrekende aanvraagformulier");

            // A file that is no PDF, PNG or JPEG is refused by regelingen, whatever its name says.
            Path nep = Files.createTempFile("formulier", ".pdf");
            Files.writeString(nep, "dit is geen pdf");
            new Select(b.driver().findElement(By.id("document:type"))).selectByValue("AANVRAAGFORMULIER");
            b.driver().findElement(By.id("document:bestand")).sendKeys(nep.toString());
            b.klik(By.id("document:toevoegen"));
            b.wachtOpMelding("geen PDF, PNG of JPEG");
            b.screenshot("04-document-geweigerd");

            Path formulier = Files.createTempFile("aanvraagformulier", ".pdf");
            Files.write(formulier, "%PDF-1.4\n% aanvraagformulier ekt\n".getBytes(StandardCharsets.US_ASCII));
            new Select(b.driver().findElement(By.id("document:type"))).selectByValue("AANVRAAGFORMULIER");
            b.driver().findElement(By.id("document:bestand")).sendKeys(formulier.toString());
            b.klik(By.id("document:toevoegen"));
            b.wachtOp(By.xpath("//*[contains(text(),'Vastgelegd: document toegevoegd')]"));
            assertTrue(b.tekst(By.id("documenten")).contains(formulier.getFileName().toString()));
            b.screenshot("05-document-toegevoegd");

            b.klik(By.id("besluitform:uitkomst:0"));
            new Select(b.driver().findElement(By.id("besluitform:regels:0:vorm"))).selectByValue("PGB");
            b.vul("besluitform:regels:0:omschrijving", "Extra kosten thuis, pgb");
            b.vul("besluitform:regels:0:bedrag", "3.000,00");
            b.vul("besluitform:motivering", "Aan alle voorwaarden voldaan (BrowserIT).");
            b.klik(By.id("besluitform:voorbeeld"));
            b.wachtOp(By.id("besluitvoorbeeld"));
            assertEquals("€ 3.000,00", b.tekst(By.id("voorbeeld-totaal")));
            b.screenshot("06-besluit-voorbeeld");
            b.klik(By.id("bevestig:vastleggen"));
            b.wachtOp(By.id("uitkomst"));
            assertEquals("Toegekend", b.tekst(By.id("uitkomst")));
            assertEquals("Toegekend", b.tekst(By.id("status")));
            b.screenshot("07-besloten");

            String href = b.driver().findElement(By.id("beschikking-downloaden")).getAttribute("href");
            String pad = java.net.URI.create(href).getRawPath() + "?" + java.net.URI.create(href).getRawQuery();
            WebSessie zelfde = WebSessie.vanBrowser("beoordelaar.utrecht",
                    b.driver().manage().getCookieNamed("JSESSIONID").getValue());
            HttpResponse<byte[]> pdf = zelfde.bytes(pad);
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            String tekst;
            try (var doc = Loader.loadPDF(pdf.body())) {
                tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            for (String verwacht : List.of("REG-" + nummer, "€ 3.000,00", "bezwaar")) {
                assertTrue(tekst.contains(verwacht), "beschikking mist '" + verwacht + "': " + tekst);
            }
            b.klikLink("Cliëntdossier");
            b.wachtOp(By.id("regelingen"));
            assertTrue(b.tekst(By.id("regelingen")).contains("REG-" + nummer));
            b.screenshot("08-dossier-met-regeling");
        }
        try (Browser b = new Browser("beheerder")) {
            b.login("beheerder");
            b.klikLink("Audit trail");
            b.wachtOp(By.id("filter:gebruiker"));
            b.vul("filter:gebruiker", "beoordelaar.utrecht").klik(By.id("filter:zoek"));
            b.wachtOp(By.id("lijst:regels"));
            String trail = b.tekst(By.id("lijst:regels"));
            for (String verwacht : List.of("Besluiten", "Downloaden", "Wijzigen", "Inzien", "Inloggen")) {
                assertTrue(trail.contains(verwacht), "audit trail mist " + verwacht + ": " + trail);
            }
            b.screenshot("06-audit-beoordelaar");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void eenMedewerkerBereidtVoorMaarBesluitNiet() {
        try (Browser b = new Browser("medewerker.utrecht")) {
            b.login("medewerker.utrecht");
            b.klikLink("Aanvragen");
            b.wachtOp(By.id("aanvraagfilter:soort"));
            b.klik(By.cssSelector("a.aanvraaglink"));
            b.wachtOp(By.id("status"));
            assertTrue(List.of("Ontvangen", "In behandeling", "Advies gevraagd").contains(b.tekst(By.id("status"))));
            assertTrue(b.alle(By.id("besluitform:voorbeeld")).isEmpty(), "geen besluitformulier voor een medewerker");
            assertFalse(b.alle(By.id("document:toevoegen")).isEmpty(), "wel documenten toevoegen");
            b.screenshot("08-aanvraag-als-medewerker");
        }
    }
}
