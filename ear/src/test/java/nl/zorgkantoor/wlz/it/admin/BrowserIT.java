package nl.zorgkantoor.wlz.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.zorgkantoor.wlz.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The admin UI in real Chromium: each role logs in and walks its main flows with mouse and keyboard; a screenshot of
 * every page lands in ear/target/screenshots. Demo client n lives in region 5509/5515/5521 for n mod 3 = 1/2/0.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(BrowserIT.class);
    }

    @Test
    void eenMedewerkerZoektEenClientMetAlleenHetToetsenbordEnOpentHetDossier() {
        try (Browser b = new Browser("medewerker.utrecht")) {
            b.open("/wlz/").screenshot("01-inloggen");
            b.login("medewerker.utrecht").screenshot("02-start");
            assertTrue(b.paginatekst().contains("Utrecht (5509)"));
            assertFalse(b.paginatekst().contains("Audit trail"), "geen beheermenu voor een medewerker");

            b.klikLink("Cliënt zoeken");
            b.wachtOp(By.id("zoek:naam"));
            b.screenshot("03-client-zoeken");
            // Keyboard only: type a name and press Enter in the field, as a user without a mouse does.
            b.driver().findElement(By.id("zoek:naam")).sendKeys("a", Keys.ENTER);
            b.wachtOp(By.id("resultaat:clienten"));
            b.screenshot("04-zoekresultaat");
            assertTrue(b.paginatekst().contains("resultaten"));
            assertFalse(b.paginatekst().contains("Amsterdam"), "alleen cliënten uit de eigen regio");
            assertFalse(b.paginatekst().contains("Rotterdam"), "alleen cliënten uit de eigen regio");

            b.klik(By.id("resultaat:volgende"));
            b.wachtOp(By.xpath("//*[contains(text(),'Pagina 2 van')]"));
            b.screenshot("05-zoekresultaat-pagina-2");

            b.klik(By.cssSelector("a.dossierlink"));
            b.wachtOp(By.id("persoon"));
            b.screenshot("06-clientdossier");
            assertEquals("Utrecht (5509)", b.tekst(By.id("regio")));
            assertTrue(b.paginatekst().contains("Indicatiebesluiten"));

            // Editing the id in the address bar to a client of Amsterdam (client 2) is refused.
            b.open("/wlz/app/clienten/dossier.xhtml?client=2");
            b.wachtOp(By.id("geen-toegang"));
            b.screenshot("07-ander-regio-geweigerd");
            assertFalse(b.paginatekst().contains("5515"));
        }
    }

    @Test
    void eenBeoordelaarZoektOpBsnEnLogtUit() {
        try (Browser b = new Browser("beoordelaar.rotterdam")) {
            b.login("beoordelaar.rotterdam");
            b.klikLink("Cliënt zoeken");
            b.vul("zoek:bsn", "123456789").klik(By.id("zoek:zoeken"));
            b.wachtOp(By.id("meldingen"));
            b.screenshot("01-ongeldig-bsn");
            assertTrue(b.paginatekst().contains("niet geldig (11-proef)"));

            b.vul("zoek:bsn", "").vul("zoek:naam", "").klik(By.id("zoek:zoeken"));
            b.wachtOp(By.id("resultaat:clienten"));
            String bsn = b.alle(By.cssSelector("#resultaat\\:clienten tbody tr td:nth-child(3)")).get(0).getText();
            b.vul("zoek:bsn", bsn).klik(By.id("zoek:zoeken"));
            b.wachtOp(By.xpath("//*[contains(text(),'1 resultaten')]"));
            b.screenshot("02-gevonden-op-bsn");
            b.klik(By.cssSelector("a.dossierlink"));
            b.wachtOp(By.id("persoon"));
            assertEquals(bsn, b.tekst(By.id("bsn")));
            assertEquals("Rotterdam (5521)", b.tekst(By.id("regio")));
            b.screenshot("03-clientdossier");

            b.klik(By.id("uitloggen:knop"));
            b.wachtOp(By.id("j_username"));
            assertTrue(b.paginatekst().contains("U bent uitgelogd"));
            b.screenshot("04-uitgelogd");
            b.open("/wlz/app/clienten/zoeken.xhtml");
            b.wachtOp(By.id("j_username"));
        }
    }

    @Test
    void eenBeheerderMaaktEenGebruikerAanEnControleertDeAuditTrail() {
        String nieuw = "test." + Long.toString(System.currentTimeMillis(), 36);
        try (Browser b = new Browser("beheerder")) {
            b.login("beheerder").screenshot("01-start");
            assertFalse(b.paginatekst().contains("Cliënt zoeken"), "een beheerder ziet geen cliëntgegevens");

            b.klikLink("Gebruikers");
            b.wachtOp(By.id("nieuw:naam"));
            b.screenshot("02-gebruikers");
            b.vul("nieuw:naam", nieuw).vul("nieuw:volledig", "Test Medewerker")
                    .vul("nieuw:wachtwoord", "kort");
            new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("nieuw:rol"))).selectByVisibleText("MEDEWERKER");
            b.klik(By.id("nieuw:aanmaken"));
            b.wachtOp(By.id("meldingen"));
            assertTrue(b.paginatekst().contains("minstens 12 tekens"), b.paginatekst());
            b.vul("nieuw:wachtwoord", "een-lang-wachtwoord-2026");
            b.klik(By.id("nieuw:aanmaken"));
            b.wachtOp(By.id("meldingen"));
            assertTrue(b.paginatekst().contains("hoort bij één zorgkantoorregio"), b.paginatekst());
            b.vul("nieuw:wachtwoord", "een-lang-wachtwoord-2026");
            new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("nieuw:regio"))).selectByValue("UTRECHT");
            b.klik(By.id("nieuw:aanmaken"));
            b.wachtOp(By.xpath("//*[contains(text(),'is aangemaakt')]"));
            b.screenshot("03-gebruiker-aangemaakt");

            b.klikLink("Audit trail");
            b.wachtOp(By.id("lijst:regels"));
            b.screenshot("04-audit-trail");
            b.vul("filter:gebruiker", "medewerker.utrecht").klik(By.id("filter:zoek"));
            b.wachtOp(By.id("lijst:regels"));
            b.klik(By.id("filter:keten"));
            b.wachtOp(By.id("keten-uitkomst"));
            assertTrue(b.tekst(By.id("keten-uitkomst")).contains("volledig en ongewijzigd"), b.tekst(By.id("keten-uitkomst")));
            b.screenshot("05-audit-keten-gecontroleerd");
        }
        try (Browser b = new Browser(nieuw)) {
            b.open("/wlz/");
            b.vul("j_username", nieuw).vul("j_password", "een-lang-wachtwoord-2026").klik(By.id("inloggen"));
            b.wachtOp(By.id("gebruiker"));
            assertTrue(b.paginatekst().contains("Utrecht (5509)"), "de nieuwe gebruiker logt in met rol en regio");
        }
    }

    @Test
    void eenToezichthouderZietGeenClientgegevensEnEenKetenpartnerGeenScherm() {
        try (Browser b = new Browser("toezichthouder")) {
            b.login("toezichthouder").screenshot("01-start");
            assertFalse(b.paginatekst().contains("Cliënt zoeken"));
            b.open("/wlz/app/clienten/zoeken.xhtml");
            b.wachtOp(By.id("geen-toegang"));
            b.screenshot("02-client-zoeken-geweigerd");
        }
        try (Browser b = new Browser("ketenpartner")) {
            b.open("/wlz/");
            b.vul("j_username", "ketenpartner").vul("j_password", WebSessie.DEMO_WACHTWOORD).klik(By.id("inloggen"));
            b.wachtOp(By.id("geen-toegang"));
            b.screenshot("01-geen-scherm");
        }
    }
}
