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
import org.openqa.selenium.support.ui.Select;

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

    /** The report job ends by mailing the supervisors; GreenMail in this (client) JVM receives it. */
    private static com.icegreen.greenmail.util.GreenMail smtp;

    @org.junit.jupiter.api.BeforeAll
    static void smtp() {
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                Integer.getInteger("wlz.it.smtp.port", 3125), "127.0.0.1",
                com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @org.junit.jupiter.api.AfterAll
    static void stopSmtp() {
        smtp.stop();
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
            assertTrue(b.paginatekst().contains("Regelingen") && b.paginatekst().contains("Budget thuis"));

            b.klikLink("Werkvoorraad");
            b.wachtOp(By.id("kop-termijnen"));
            b.screenshot("06b-werkvoorraad");

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
            b.wachtOpMelding("niet geldig (11-proef)");
            b.screenshot("01-ongeldig-bsn");

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
            b.wachtOpMelding("minstens 12 tekens");
            b.vul("nieuw:wachtwoord", "een-lang-wachtwoord-2026");
            b.klik(By.id("nieuw:aanmaken"));
            b.wachtOpMelding("hoort bij één zorgkantoorregio");
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
        try (Browser b = new Browser("beheerder")) {
            b.login("beheerder");
            b.klikLink("Gebruikers");
            b.wachtOp(By.id("lijst:accounts"));
            By knop = By.xpath("//tr[td[1][text()='" + nieuw + "']]//input[@value='Rol wijzigen']");
            // The list is paged by name; earlier runs on a kept database may push the new account to a later page.
            for (int i = 0; i < 20 && b.alle(knop).isEmpty(); i++) {
                b.klik(By.id("lijst:volgende"));
                b.wachtOp(By.id("lijst:accounts"));
            }
            b.klik(knop);
            b.wachtOp(By.id("rol:nieuwe-rol"));
            new Select(b.driver().findElement(By.id("rol:nieuwe-rol"))).selectByVisibleText("BEOORDELAAR");
            new Select(b.driver().findElement(By.id("rol:nieuwe-regio"))).selectByValue("ROTTERDAM");
            b.screenshot("06-rol-wijzigen");
            b.klik(By.id("rol:opslaan"));
            b.wachtOp(By.xpath("//*[contains(text(),'is gewijzigd')]"));
            b.klikLink("Audit trail");
            b.wachtOp(By.id("filter:gebruiker"));
            b.vul("filter:gebruiker", "beheerder").klik(By.id("filter:zoek"));
            b.wachtOp(By.id("lijst:regels"));
            assertTrue(b.tekst(By.id("lijst:regels")).contains("gebruiker " + nieuw), "rolwijziging niet in de audit trail");
            assertTrue(b.tekst(By.id("lijst:regels")).contains("naar [BEOORDELAAR] 5521"), b.tekst(By.id("lijst:regels")));
        }
        try (Browser b = new Browser(nieuw)) {
            b.open("/wlz/");
            b.vul("j_username", nieuw).vul("j_password", "een-lang-wachtwoord-2026").klik(By.id("inloggen"));
            b.wachtOp(By.id("gebruiker"));
            assertTrue(b.paginatekst().contains("beoordelaar") && b.paginatekst().contains("Rotterdam (5521)"),
                    "de nieuwe rol geldt bij de volgende login: " + b.paginatekst());
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

    // RULES B-01, L-02, P-02, T-03: the signals of the own region, the run as a batch job, closing with a reason
    @Test
    void eenMedewerkerDraaitDeControlesVanZijnRegioEnSluitEenSignaalMetReden() throws InterruptedException {
        try (Browser b = new Browser("medewerker-signalen")) {
            b.login("medewerker.utrecht");
            b.klikLink("Signalen");
            b.wachtOp(By.id("run:start"));
            b.klik(By.id("run:start"));
            b.wachtOp(By.xpath("//*[contains(text(),'zijn gestart')]"));
            long tot = System.currentTimeMillis() + 120_000;
            while (!b.paginatekst().contains("COMPLETED") && System.currentTimeMillis() < tot) {
                Thread.sleep(1_000);
                b.klik(By.id("run:vernieuw"));
                b.wachtOp(By.id("run:start"));
            }
            assertTrue(b.tekst(By.id("voortgang")).contains("COMPLETED"), b.tekst(By.id("voortgang")));
            b.screenshot("01-signalen-na-controle");
            // the demo data of Utrecht has budgets above the ceiling (RULES B-01)
            b.klik(By.id("lijst:signalen:0:kies"));
            b.wachtOp(By.id("sluiten:sluit"));
            b.klik(By.id("sluiten:sluit"));
            b.wachtOpMelding("reden");
            b.vul("sluiten:reden", "Budget is per 1 januari verlaagd tot het plafond");
            b.klik(By.id("sluiten:sluit"));
            b.wachtOp(By.xpath("//*[contains(text(),'is gesloten')]"));
            b.screenshot("02-signaal-gesloten");
        }
    }

    // RULES B-01, B-02: the calculator for a client of the own region, with its explanation lines
    @Test
    void eenBeoordelaarRekentHetPlafondVanEenClientVanZijnRegioDoor() {
        try (Browser b = new Browser("beoordelaar-calculator")) {
            b.login("beoordelaar.utrecht");
            b.klikLink("Budgetcalculator");
            b.wachtOp(By.id("vraag:bereken"));
            // demo client 2 lives in Amsterdam: refused, and nothing taken over
            b.vul("client:nummer", "2").klik(By.id("client:overnemen"));
            b.wachtOpMelding("Geen toegang");
            b.vul("vraag:pgb", "50000.00");
            b.klik(By.id("vraag:bereken"));
            b.wachtOp(By.id("toets"));
            assertTrue(b.tekst(By.id("toets")).contains("Doelmatigheidstoets"), b.tekst(By.id("toets")));
            assertTrue(b.tekst(By.id("regels")).contains("B-01"), b.tekst(By.id("regels")));
            b.screenshot("01-calculator-met-toelichting");
        }
    }

    // RULES B-07: the scenario simulator for policy staff, and the national signal run of a BEHEERDER
    @Test
    void eenBeheerderSimuleertHuidigEnAdviesEnStartDeControlesVoorAlleRegios() throws InterruptedException {
        try (Browser b = new Browser("beheerder-budget")) {
            b.login("beheerder");
            b.klikLink("Scenariosimulatie");
            b.wachtOp(By.id("scenario:simuleer"));
            new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("scenario:regio"))).selectByValue("5509");
            b.klik(By.id("scenario:simuleer"));
            b.wachtOp(By.id("kern"));
            assertTrue(b.tekst(By.id("kern")).contains("Totaal plafond advies"), b.tekst(By.id("kern")));
            assertTrue(b.paginatekst().contains("Per zorgprofiel"), b.paginatekst());
            b.screenshot("01-scenariosimulatie-utrecht");
            b.klikLink("Doelmatigheidscontroles");
            b.wachtOp(By.id("run:start"));
            b.klik(By.id("run:start"));
            b.wachtOp(By.id("regios"));
            // wait for the end, so no other flow meets this run on the same regions and date
            long tot = System.currentTimeMillis() + 180_000;
            while (!b.tekst(By.id("samenvatting")).contains("COMPLETED") && System.currentTimeMillis() < tot) {
                Thread.sleep(1_000);
                b.klik(By.id("run:vernieuw"));
                b.wachtOp(By.id("samenvatting"));
            }
            assertTrue(b.tekst(By.id("samenvatting")).contains("COMPLETED"), b.tekst(By.id("samenvatting")));
            b.screenshot("02-controles-alle-regios");
        }
    }

    // issue 4: "look at a message" — Berichtenverkeer from the menu, a message opened, codes and XML shown
    @Test
    void eenMedewerkerBekijktEenBerichtInHetBerichtenverkeer() {
        String id = "BR" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        nl.zorgkantoor.wlz.it.ItOmgeving.soap("/uitwisseling/CizService",
                nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten.envelop(
                        nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten.io31(id, "999990019", 1, "123",
                                java.time.LocalDate.of(2025, 3, 1))));
        try (Browser b = new Browser("medewerker.utrecht")) {
            b.login("medewerker.utrecht");
            b.klikLink("Berichtenverkeer");
            b.wachtOp(By.id("lijst:berichten"));
            b.screenshot("berichten-01-lijst");
            // a message rejected as a whole (0001) has no readable Identificatie: the newest row is this one
            assertTrue(b.tekst(By.id("lijst:berichten")).contains("AFGEKEURD"), b.paginatekst());
            b.klik(By.id("lijst:berichten:0:open"));
            b.wachtOp(By.id("codes"));
            b.screenshot("berichten-02-bericht");
            assertTrue(b.paginatekst().contains("Bericht is afgekeurd om technische redenen."), b.paginatekst());
            assertTrue(b.tekst(By.id("heen")).contains("<io31:Bericht"), "de XML als tekst, ingesprongen");
            b.geenConsolefouten("berichten");
        }
    }

    // RULES W-06, W-08: a BEHEERDER starts the waiting-list report (a second start is refused in Dutch), then a
    // TOEZICHTHOUDER downloads a report from the archive; the PDF is real, matches the archived checksum and holds
    // no client numbers.
    @Test
    void eenToezichthouderDownloadtEenRapportDatDeBeheerderStartte() throws Exception {
        String peildatum = "2025-09-01";
        try (Browser b = new Browser("beheerder-rapport")) {
            b.login("beheerder");
            b.klikLink("Rapporten");
            b.wachtOp(By.id("start:start"));
            new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("start:soort")))
                    .selectByValue("WACHTLIJST");
            zetDatum(b, "start:peildatum", peildatum);
            b.klik(By.id("start:geforceerd"));
            b.klik(By.id("start:start"));
            b.wachtOp(By.id("jobstatus"));
            long tot = System.currentTimeMillis() + 240_000;
            while (!b.tekst(By.id("jobstatus")).contains("COMPLETED") && System.currentTimeMillis() < tot) {
                Thread.sleep(1_000);
                b.klik(By.id("volg:vernieuw"));
                b.wachtOp(By.id("jobstatus"));
            }
            assertTrue(b.tekst(By.id("jobstatus")).contains("COMPLETED"), b.tekst(By.id("jobstatus")));
            assertTrue(b.tekst(By.id("stappen")).contains("regios"), b.tekst(By.id("stappen")));
            assertTrue(b.tekst(By.id("stappen")).contains("COMPLETED"), b.tekst(By.id("stappen")));
            b.screenshot("01-rapport-voortgang");
            // the same peildatum again without "opnieuw maken": refused with the reason
            new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("start:soort")))
                    .selectByValue("WACHTLIJST");
            zetDatum(b, "start:peildatum", peildatum);
            b.klik(By.id("start:start"));
            b.wachtOp(By.xpath("//*[contains(text(),'is al gemaakt')]"));
            b.screenshot("02-rapport-al-gemaakt");
        }
        // the supervisor follows the link in the mail (no figures in the mail itself)
        smtp.waitForIncomingEmail(60_000, 1);
        String mail = java.util.Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getContent().toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(m -> m.contains("peildatum=" + peildatum)).findFirst().orElseThrow();
        java.util.regex.Matcher maillink = java.util.regex.Pattern.compile("/wlz/app/rapporten/archief\\.xhtml\\?\\S+")
                .matcher(mail);
        assertTrue(maillink.find(), mail);
        try (Browser b = new Browser("toezichthouder-rapport")) {
            b.login("toezichthouder");
            b.open(maillink.group());
            b.wachtOp(By.id("filter:zoek"));
            assertFalse(b.paginatekst().contains("Start rapport"), "alleen een beheerder start rapporten");
            assertEquals(peildatum, b.driver().findElement(By.id("filter:peildatum")).getAttribute("value"));
            new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("filter:regio")))
                    .selectByValue("0000");
            b.klik(By.id("filter:zoek"));
            b.wachtOp(By.id("archief:rapporten"));
            b.screenshot("03-rapportenarchief");
            org.openqa.selenium.WebElement link = b.driver().findElement(By.cssSelector("#archief\\:rapporten a.download"));
            String checksum = b.driver().findElement(By.cssSelector("#archief\\:rapporten abbr")).getAttribute("title");
            java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.getAttribute("href")))
                            .header("Cookie", "JSESSIONID=" + b.driver().manage().getCookieNamed("JSESSIONID").getValue())
                            .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertEquals(checksum, java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(pdf.body())));
            String tekst;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
            assertTrue(tekst.contains("Landelijk"), tekst);
            assertTrue(tekst.contains("1-9-2025"), tekst);
            assertTrue(tekst.contains("Wachtenden per sector"), tekst);
            assertFalse(java.util.regex.Pattern.compile("\\b\\d{9}\\b").matcher(tekst).find(),
                    "geen BSN of ander cliëntnummer in een rapport voor toezicht");
        }
    }

    /**
     * RULES B-03: a beheerder loads the tariffs of 2027 as the four CSV files. A file with a wrong number is refused
     * with file and line and nothing is stored; the right files become the next version, are shown for 2027, and a
     * budget calculation for 2027 uses them at once (VV5 vpt 199.99 × 365 days × 100% = € 72.996,35).
     */
    @Test
    void eenBeheerderLaadtDeTarievenVan2027UitCsvEnDeCalculatorGebruiktZe() throws Exception {
        java.nio.file.Path map = java.nio.file.Files.createTempDirectory("tarieven-2027");
        java.util.Map<String, String> goed = tarieven2027("199.99");
        java.util.Map<String, String> fout = tarieven2027("honderd");
        try (Browser b = new Browser("beheerder")) {
            b.login("beheerder");
            b.klikLink("Tarieven");
            b.wachtOp(By.id("versies"));
            b.screenshot("07-tarieven");
            int versiesVooraf = b.alle(By.cssSelector("#versies tbody tr")).size();

            laadTarieven(b, map.resolve("fout"), fout, "Tarieven 2027 met een fout");
            b.wachtOp(By.id("importfouten"));
            String fouten = b.tekst(By.id("importfouten"));
            assertTrue(fouten.matches("(?s).*profieltarieven\\.csv regel \\d+: vpt_excl_bh 'honderd' is geen getal.*"),
                    fouten);
            assertTrue(b.paginatekst().contains("Er is niets opgeslagen"), b.paginatekst());
            assertEquals(versiesVooraf, b.alle(By.cssSelector("#versies tbody tr")).size(), "geen versie erbij");
            b.screenshot("08-tarieven-geweigerd");

            laadTarieven(b, map.resolve("goed"), goed, "Tarieven 2027 (test)");
            b.wachtOp(By.xpath("//*[contains(text(),'is geladen: jaar 2027')]"));
            assertEquals(versiesVooraf + 1, b.alle(By.cssSelector("#versies tbody tr")).size());
            String nieuwste = b.tekst(By.cssSelector("#versies tbody tr:first-child"));
            assertTrue(nieuwste.contains("Tarieven 2027 (test)") && nieuwste.contains("beheerder")
                    && nieuwste.contains("upload profieltarieven-2027.csv"), nieuwste);
            String tabel = b.tekst(By.id("profieltarieven"));
            String vv5 = tabel.lines().filter(r -> r.startsWith("5VV ")).findFirst().orElse(tabel);
            assertTrue(tabel.contains("in 2027") && vv5.contains("199.99") && vv5.contains("€ 72.996,35"), tabel);
            b.screenshot("09-tarieven-2027-geladen");
        }
        java.net.http.HttpResponse<String> plafond = nl.zorgkantoor.wlz.it.ItOmgeving.verstuur(
                java.net.http.HttpRequest.newBuilder(nl.zorgkantoor.wlz.it.ItOmgeving.http("/wlz/api/budget/plafond"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                ("beoordelaar.utrecht:" + WebSessie.DEMO_WACHTWOORD).getBytes(
                                        java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"zorgprofiel\": \"VV5\","
                                + " \"peildatum\": \"2027-03-01\", \"leveringsvorm\": \"pgb\", \"toeslagen\": [],"
                                + " \"ekt\": {\"doelgroep\": \"GEEN\"}}"))
                        .build());
        assertEquals(200, plafond.statusCode(), plafond.body());
        assertTrue(plafond.body().contains("72996.35"), plafond.body());
        String audit = Browser.auditTrailVan("beheerder");
        assertTrue(audit.contains("geladen: jaren [2027] (Tarieven 2027 (test))"), audit);
    }

    private static void laadTarieven(Browser b, java.nio.file.Path map, java.util.Map<String, String> bestanden,
                                     String omschrijving) throws java.io.IOException {
        java.nio.file.Files.createDirectories(map);
        b.vul("import:omschrijving", omschrijving);
        java.util.Map<String, String> velden = java.util.Map.of("profieltarieven.csv", "import:profieltarieven",
                "toeslagen.csv", "import:toeslagen", "mpt_modules.csv", "import:mpt", "parameters.csv", "import:parameters");
        for (var bestand : bestanden.entrySet()) {
            java.nio.file.Path pad = map.resolve(bestand.getKey().replace(".csv", "-2027.csv"));
            java.nio.file.Files.writeString(pad, bestand.getValue());
            b.driver().findElement(By.id(velden.get(bestand.getKey()))).sendKeys(pad.toAbsolutePath().toString());
        }
        b.klik(By.id("import:laden"));
    }

    /** The shipped 2026 rows relabelled as 2027 with the VV5 vpt tariff set; parameters.csv keeps only its header. */
    private static java.util.Map<String, String> tarieven2027(String vptVv5) throws java.io.IOException {
        java.util.Map<String, String> uit = new java.util.LinkedHashMap<>();
        for (String naam : java.util.List.of("profieltarieven.csv", "toeslagen.csv", "mpt_modules.csv", "parameters.csv")) {
            String tekst;
            try (java.io.InputStream in = BrowserIT.class.getClassLoader()
                    .getResourceAsStream("db/tarieven/2015-2026/" + naam)) {
                tekst = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r", "");
            }
            String[] regels = tekst.split("\n");
            StringBuilder nieuw = new StringBuilder(regels[0]).append('\n');
            for (int i = 1; i < regels.length && !naam.equals("parameters.csv"); i++) {
                if (regels[i].startsWith("2026;")) {
                    String regel = "2027" + regels[i].substring(4).replace("2026-", "2027-");
                    if (regel.startsWith("2027;VV5;")) {
                        String[] velden = regel.split(";", 7);
                        velden[4] = vptVv5;
                        regel = String.join(";", velden);
                    }
                    nieuw.append(regel).append('\n');
                }
            }
            uit.put(naam, nieuw.toString());
        }
        return uit;
    }

    /**
     * Issue 8, cliëntdossier: waiting-status history, zorglevering and the messages about the client; RULES W-01: a
     * medewerker records a waiting status (a date in the future is refused), which the history then shows as reported
     * by that medewerker, and the change is in the audit trail.
     */
    @Test
    void eenMedewerkerLegtInHetDossierEenWachtstatusVastEnZietDeGeschiedenis() {
        String gisteren = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        String morgen = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(2).toString();
        try (Browser b = new Browser("medewerker.utrecht")) {
            b.login("medewerker.utrecht");
            b.open("/wlz/app/clienten/dossier.xhtml?client=4");
            b.wachtOp(By.id("kop-wachtlijst"));
            for (String kop : java.util.List.of("kop-wachtlijst", "kop-zorglevering", "kop-berichten")) {
                assertTrue(b.alle(By.id(kop)).size() == 1, kop);
            }
            b.screenshot("10-dossier-wachtstatus");

            new Select(b.driver().findElement(By.id("wachtstatus:status"))).selectByVisibleText("7 Actief plaatsen");
            zetDatum(b, "wachtstatus:ingangsdatum", morgen);
            b.klik(By.id("wachtstatus:vastleggen"));
            b.wachtOpMelding("De ingangsdatum ligt in de toekomst");

            new Select(b.driver().findElement(By.id("wachtstatus:status"))).selectByVisibleText("7 Actief plaatsen");
            zetDatum(b, "wachtstatus:ingangsdatum", gisteren);
            b.vul("wachtstatus:aanbieder", "12345678");
            b.klik(By.id("wachtstatus:vastleggen"));
            b.wachtOp(By.xpath("//*[contains(text(),'Vastgelegd: actief plaatsen')]"));
            String tabel = b.tekst(By.id("wachtstatussen"));
            assertTrue(tabel.lines().anyMatch(r -> r.startsWith("7 Actief plaatsen") && r.contains("12345678")
                    && r.contains("medewerker.utrecht")), tabel);
            b.screenshot("11-dossier-wachtstatus-vastgelegd");
        }
        String audit = Browser.auditTrailVan("medewerker.utrecht");
        assertTrue(audit.contains("wachtstatus 7 Actief plaatsen per " + gisteren), audit);
    }

    /**
     * Issue 4 "a toewijzing made by an administrator", RULES L-01, in the browser: the form in the dossier refuses a
     * leveringsvorm other than the client's wish (demo client 4 wishes verblijf) until the reason is filled in.
     */
    @Test
    void eenMedewerkerWijstInHetDossierZorgToeEnGeeftDeRedenVanEenAfwijking() {
        String vandaag = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        try (Browser b = new Browser("medewerker.utrecht")) {
            b.login("medewerker.utrecht");
            b.open("/wlz/app/clienten/dossier.xhtml?client=4");
            b.wachtOp(By.id("toewijzing:toewijzen"));
            new Select(b.driver().findElement(By.id("toewijzing:besluit"))).selectByIndex(1);
            new Select(b.driver().findElement(By.id("toewijzing:leveringsvorm")))
                    .selectByVisibleText("Volledig pakket thuis");
            b.vul("toewijzing:aanbieder", "12345678");
            zetDatum(b, "toewijzing:ingangsdatum", vandaag);
            b.klik(By.id("toewijzing:toewijzen"));
            b.wachtOpMelding("De cliënt wil verblijf in een instelling; leg vast waarom");

            b.vul("toewijzing:reden", "Cliënt wil thuis blijven wonen; partner zorgt mee");
            b.klik(By.id("toewijzing:toewijzen"));
            b.wachtOpMelding("Toegewezen: volledig pakket thuis bij 12345678 per " + vandaag);
            b.driver().executeScript("arguments[0].scrollIntoView();", b.driver().findElement(By.id("kop-berichten")));
            b.screenshot("12-dossier-zorg-toegewezen");
        }
    }

    /** Sets a date input the way a user's date picker does (the ISO value); typing is locale-dependent. */
    private static void zetDatum(Browser b, String id, String iso) {
        b.driver().executeScript("arguments[0].value = arguments[1];", b.driver().findElement(By.id(id)), iso);
    }
}
