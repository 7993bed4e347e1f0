package nl.zorgkantoor.wlz.uitwisseling.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;
import nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners;
import nl.zorgkantoor.wlz.kernel.platform.Tls;

/**
 * Command-line chain partner: sends one iWlz message of a scenario to a running server and prints the retour.
 * {@code mvn -q -pl modules/uitwisseling exec:java -Dexec.args="http://localhost:8080 io31 999990019"}; scenarios:
 * io31, aw35, aw39 (valid), bsn (CS002), schema (ZzpCode 123), xxe (DOCTYPE with an external entity), and
 * afzender (an AW35 sent with the account of another zorgaanbieder: refused with 0001). It logs in with the demo
 * partner account of the message's sender (HTTP Basic; README "Ketenpartners"); {@code -Dwlz.partner.account} and
 * {@code -Dwlz.partner.wachtwoord} use another one. With an https server URL ({@code https://localhost:8443}) it
 * authenticates with that account's client certificate instead (mutual TLS, no Authorization header): the key
 * store {@code <account>.p12} and the trust store {@code keten-ca.p12} from the test certificates of the build
 * ({@code -Dwlz.partner.certificaten}, default {@code ear/target/server/certificaten}), or
 * {@code -Dwlz.partner.keystore}, {@code -Dwlz.partner.keystore.wachtwoord}, {@code -Dwlz.partner.truststore},
 * {@code -Dwlz.partner.truststore.wachtwoord}; {@code -Dwlz.partner.basic=true} sends HTTP Basic over https
 * without a certificate.
 */
public final class Partnersimulator {

    private Partnersimulator() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("Gebruik: Partnersimulator <http://localhost:8080 | https://localhost:8443 (met"
                    + " clientcertificaat)> <io31|aw35|aw39|bsn|schema|xxe|afzender> <bsn> [besluitnummer]");
            System.exit(2);
        }
        String server = args[0];
        String scenario = args[1];
        String bsn = args[2];
        long besluit = args.length > 3 ? Long.parseLong(args[3]) : 1;
        String id = "SIM" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        LocalDate ingang = LocalDate.now().minusDays(30);
        String bericht = switch (scenario) {
            case "io31" -> Voorbeeldberichten.io31(id, bsn, besluit, "754", ingang);
            case "aw35", "afzender" -> Voorbeeldberichten.aw35(id, bsn, besluit, "754", ingang, ingang.plusDays(7), "1");
            case "aw39" -> Voorbeeldberichten.aw39(id, bsn, besluit, "754", ingang, ingang.plusDays(3), "1");
            case "bsn" -> Voorbeeldberichten.io31(id, bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10),
                    besluit, "754", ingang);
            case "schema" -> Voorbeeldberichten.io31(id, bsn, besluit, "123", ingang);
            case "xxe" -> Voorbeeldberichten.io31(id, bsn, besluit, "754", ingang).replace("Grietje", "&e;");
            default -> throw new IllegalArgumentException("Onbekend scenario: " + scenario);
        };
        boolean aanbieder = scenario.startsWith("aw") || "afzender".equals(scenario);
        String pad = aanbieder ? "/uitwisseling/ZorgaanbiederService" : "/uitwisseling/CizService";
        String account = System.getProperty("wlz.partner.account", "afzender".equals(scenario)
                ? DemoKetenpartners.ANDERE_AANBIEDER : aanbieder ? DemoKetenpartners.AANBIEDER : DemoKetenpartners.CIZ);
        String wachtwoord = System.getProperty("wlz.partner.wachtwoord", DemoKetenpartners.WACHTWOORD);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (account + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        String envelop = Voorbeeldberichten.envelop(bericht);
        if ("xxe".equals(scenario)) {
            envelop = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + envelop;
        }
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + pad))
                .header("Content-Type", "text/xml; charset=UTF-8");
        if (server.startsWith("https:")) {
            boolean certificaat = !Boolean.getBoolean("wlz.partner.basic");
            client.sslContext(tls(account, certificaat));
            if (!certificaat) {
                request.header("Authorization", basic);
            }
        } else {
            request.header("Authorization", basic);
        }
        HttpResponse<String> antwoord = client.build().send(
                request.POST(HttpRequest.BodyPublishers.ofString(envelop)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("HTTP " + antwoord.statusCode());
        System.out.println(antwoord.body());
    }

    /** The partner's client certificate (or none) and the chain CA that issued the server's certificate. */
    static SSLContext tls(String account, boolean certificaat) {
        Path map = Path.of(System.getProperty("wlz.partner.certificaten", "ear/target/server/certificaten"));
        Path sleutels = Path.of(System.getProperty("wlz.partner.keystore", map.resolve(account + ".p12").toString()));
        Path vertrouwd = Path.of(System.getProperty("wlz.partner.truststore", map.resolve("keten-ca.p12").toString()));
        return Tls.context(certificaat ? sleutels : null,
                System.getProperty("wlz.partner.keystore.wachtwoord", Tls.TESTWACHTWOORD).toCharArray(), vertrouwd,
                System.getProperty("wlz.partner.truststore.wachtwoord", Tls.TESTWACHTWOORD).toCharArray());
    }
}
