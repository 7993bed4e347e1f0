package nl.zorgkantoor.wlz.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Where the test server listens: the default ports moved by the test port offset (see ear/pom.xml). */
public final class ItOmgeving {

    // HTTP/1.1: the default h2c upgrade attempt on a POST is sometimes answered by Undertow with GOAWAY.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ItOmgeving() {
    }

    public static int offset() {
        // inside the server (in-container tests) the offset is the server's own socket binding offset
        return Integer.getInteger("wlz.it.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 100));
    }

    /** An application URL, e.g. {@code http("/wlz/api/health")}. */
    public static URI http(String pad) {
        return URI.create("http://localhost:" + (8080 + offset()) + pad);
    }

    /** A management interface URL, e.g. {@code beheer("/health")}. */
    public static URI beheer(String pad) {
        return URI.create("http://localhost:" + (9990 + offset()) + pad);
    }

    public static HttpResponse<String> get(URI uri) {
        return verstuur(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public static HttpResponse<String> post(URI uri, String contentType, String body) {
        return verstuur(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a SOAP envelope to an iWlz endpoint as the demo chain partner that endpoint serves (issue 4: HTTP Basic,
     * role KETENPARTNER): the CIZ for the CizService, the demo zorgaanbieder for the others.
     */
    public static HttpResponse<String> soap(String pad, String envelop) {
        return soap(pad, envelop, pad.contains("CizService") ? nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners.CIZ
                : nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners.AANBIEDER);
    }

    /** Posts a SOAP envelope as the given partner account (with the demo secret); null sends no credentials. */
    public static HttpResponse<String> soap(String pad, String envelop, String account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http(pad)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelop));
        if (account != null) {
            request.header("Authorization", nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners.basic(account));
        }
        return verstuur(request.build());
    }

    public static HttpResponse<String> verstuur(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
