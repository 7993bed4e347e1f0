package nl.zorgkantoor.wlz.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import nl.zorgkantoor.wlz.it.ItOmgeving;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, through Debian's chromedriver (installed by ear/src/test/browser/installeer-chromium.sh),
 * with a fresh profile per browser and a laptop-sized window. Saves a screenshot per page under target/screenshots
 * and fails on every console error, such as a Content-Security-Policy violation.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("wlz.screenshots", "target/screenshots"));
    private static final String CHROMIUM = System.getProperty("wlz.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("wlz.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profiel;
    private final String wie;
    /** The page a click left, until a wait has seen it replaced (the admin UI has no Ajax: every click loads). */
    private WebElement vorigePagina;

    Browser(String wie) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("chromium of chromedriver ontbreekt: draai ear/src/test/browser/installeer-chromium.sh");
        }
        this.wie = wie;
        try {
            profiel = Files.createTempDirectory("wlz-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions opties = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                "--lang=nl-NL", "--user-data-dir=" + profiel);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        opties.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, opties);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a URL of the application. */
    Browser open(String pad) {
        vorigePagina = null;
        driver.get(ItOmgeving.http(pad).toString());
        return this;
    }

    /** The audit trail lines of one user, as the beheerder reads them under Beheer › Audit trail (first page). */
    static String auditTrailVan(String gebruiker) {
        try (Browser b = new Browser("beheerder-audit")) {
            b.login("beheerder");
            b.klikLink("Audit trail");
            b.wachtOp(By.id("filter:gebruiker"));
            b.vul("filter:gebruiker", gebruiker).klik(By.id("filter:zoek"));
            b.wachtOp(By.id("lijst:regels"));
            return b.tekst(By.id("lijst:regels"));
        }
    }

    Browser login(String gebruiker) {
        open("/wlz/");
        vul("j_username", gebruiker);
        vul("j_password", WebSessie.DEMO_WACHTWOORD);
        driver.findElement(By.id("inloggen")).click();
        wachtOp(By.id("gebruiker"));
        assertEquals(gebruiker, driver.findElement(By.id("gebruiker")).getText());
        return this;
    }

    Browser vul(String id, String tekst) {
        WebElement veld = driver.findElement(By.id(id));
        veld.clear();
        veld.sendKeys(tekst);
        return this;
    }

    Browser klik(By wat) {
        vorigePagina = driver.findElement(By.tagName("html"));
        driver.findElement(wat).click();
        return this;
    }

    /**
     * Every wait first lets the page of the last click go: until the response arrives the old page is still there,
     * and an element it also has (a list, a button, the messages) would answer the wait on the wrong page. A click
     * that loads nothing (a checkbox) only costs the timeout.
     */
    private void wachtOpNieuwePagina() {
        if (vorigePagina == null) {
            return;
        }
        WebElement oud = vorigePagina;
        vorigePagina = null;
        try {
            // not ExpectedConditions.stalenessOf: Chromium answers "node does not belong to the document" for an
            // element of a replaced page, which is no StaleElementReferenceException
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try {
                    oud.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException weg) {
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // the click changed nothing that reloads the page
        }
    }

    Browser klikLink(String tekst) {
        return klik(By.linkText(tekst));
    }

    /** Waits until the page's messages (h:messages, id meldingen, on every page) say this. */
    void wachtOpMelding(String tekst) {
        wachtOpNieuwePagina();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), tekst));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("melding '" + tekst + "' verscheen niet: " + paginatekst());
        }
    }

    WebElement wachtOp(By wat) {
        wachtOpNieuwePagina();
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(wat));
    }

    /** Retries when a refresh replaced the element between finding and reading it (polling loops on a page). */
    String tekst(By wat) {
        for (int poging = 1; ; poging++) {
            try {
                return driver.findElement(wat).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (poging == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException onderbroken) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    String paginatekst() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String titel() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    List<WebElement> alle(By wat) {
        return driver.findElements(wat);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves target/screenshots/&lt;wie&gt;-&lt;naam&gt;.png and checks that the page logged no error. */
    Browser screenshot(String naam) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path bestand = SCREENSHOTS.resolve(wie + "-" + naam + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), bestand, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        geenConsolefouten(naam);
        return this;
    }

    /** Console errors other than the expected status of an error page (403/404) fail the test. */
    void geenConsolefouten(String naam) {
        List<LogEntry> fouten = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("the server responded with a status of 40"))
                .toList();
        assertTrue(fouten.isEmpty(), naam + ": fouten in de console: " + fouten);
    }

    @Override
    public void close() {
        driver.quit();
        try (var bestanden = Files.walk(profiel)) {
            bestanden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
