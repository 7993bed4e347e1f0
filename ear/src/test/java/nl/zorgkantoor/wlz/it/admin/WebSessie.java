package nl.zorgkantoor.wlz.it.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.it.ItOmgeving;

/**
 * A browser-like HTTP session against the test server: its own cookie jar, the form login, and form posts with the
 * Faces view state taken from the last page — enough to test security without a browser.
 */
final class WebSessie {

    /** The password of every demo account (README, "Demogebruikers"). */
    static final String DEMO_WACHTWOORD = "WlzDemo2026!";

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("jakarta.faces.Token=([A-Za-z0-9%_.\\-]+)");

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(koekjes)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String naam;

    private WebSessie(String naam) {
        this.naam = naam;
    }

    static WebSessie anoniem() {
        return new WebSessie("anoniem");
    }

    /** Logs in through the login form, as a browser does: ask a protected page, post the form, follow. */
    static WebSessie ingelogd(String gebruiker) {
        return ingelogd(gebruiker, DEMO_WACHTWOORD);
    }

    static WebSessie ingelogd(String gebruiker, String wachtwoord) {
        WebSessie sessie = new WebSessie(gebruiker);
        HttpResponse<String> login = sessie.get("/wlz/index.xhtml");
        if (!isLoginFormulier(login)) {
            throw new AssertionError("geen inlogformulier: " + login.statusCode() + " " + login.body());
        }
        HttpResponse<String> na = sessie.postFormulier("/wlz/j_security_check",
                Map.of("j_username", gebruiker, "j_password", wachtwoord));
        if (na.statusCode() != 302 && na.statusCode() != 303) {
            throw new AssertionError("inloggen als " + gebruiker + " mislukt: " + na.statusCode() + " " + na.body());
        }
        return sessie;
    }

    /** Continues the session of a browser (its JSESSIONID), e.g. to download a file the browser would save. */
    static WebSessie vanBrowser(String gebruiker, String jsessionid) {
        WebSessie sessie = new WebSessie(gebruiker);
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", jsessionid);
        cookie.setPath("/wlz");
        cookie.setVersion(0);
        sessie.koekjes.getCookieStore().add(ItOmgeving.http("/wlz/"), cookie);
        return sessie;
    }

    /** GET of a file: the raw bytes. */
    HttpResponse<byte[]> bytes(String pad) {
        try {
            return http.send(HttpRequest.newBuilder(ItOmgeving.http(pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean isLoginFormulier(HttpResponse<String> antwoord) {
        return antwoord.statusCode() == 200 && antwoord.body().contains("action=\"j_security_check\"");
    }

    String naam() {
        return naam;
    }

    HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(ItOmgeving.http(pad)).GET());
    }

    /** GET that follows redirects within the application (after login, logout). */
    HttpResponse<String> volg(String pad) {
        HttpResponse<String> antwoord = get(pad);
        for (int i = 0; i < 5 && (antwoord.statusCode() == 302 || antwoord.statusCode() == 303); i++) {
            URI naar = antwoord.uri().resolve(antwoord.headers().firstValue("Location").orElseThrow());
            antwoord = get(naar.getRawPath() + (naar.getRawQuery() == null ? "" : "?" + naar.getRawQuery()));
        }
        return antwoord;
    }

    HttpResponse<String> postFormulier(String pad, Map<String, String> velden) {
        String body = velden.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return stuur(HttpRequest.newBuilder(ItOmgeving.http(pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a Faces form of {@code pagina} (the HTML of the page as served): the form's id, its view state, the
     * given fields (full client ids) and the button that was pressed.
     */
    HttpResponse<String> postFaces(String pad, String pagina, String formulier, Map<String, String> velden,
                                   String knop) {
        Map<String, String> alles = new LinkedHashMap<>();
        alles.put(formulier, formulier);
        alles.putAll(velden);
        alles.put(knop, "x");
        alles.put("jakarta.faces.ViewState", viewState(pagina));
        return postFormulier(pad, alles);
    }

    static String viewState(String pagina) {
        Matcher m = VIEW_STATE.matcher(pagina);
        if (!m.find()) {
            throw new AssertionError("geen jakarta.faces.ViewState in de pagina");
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** The session's CSRF token for protected views, as the application puts it in its own links. */
    static String token(String pagina) {
        Matcher m = TOKEN.matcher(pagina);
        if (!m.find()) {
            throw new AssertionError("geen jakarta.faces.Token in de pagina");
        }
        return m.group(1);
    }

    private HttpResponse<String> stuur(HttpRequest.Builder builder) {
        try {
            return http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
