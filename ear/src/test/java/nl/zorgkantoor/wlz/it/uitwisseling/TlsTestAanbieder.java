package nl.zorgkantoor.wlz.it.uitwisseling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A zorgaanbieder's AW33 endpoint on https that demands the zorgkantoor's client certificate (issue 4, outbound
 * mutual TLS): without a certificate from the TLS handshake, or with another subject than the zorgkantoor's test
 * certificate (certificaten.sh), it answers 403; otherwise like {@link TestAanbieder}.
 */
@WebServlet("/testaanbieder-tls")
public class TlsTestAanbieder extends TestAanbieder {

    public static final AtomicInteger GEWEIGERD = new AtomicInteger();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        X509Certificate[] keten = (X509Certificate[]) req.getAttribute("jakarta.servlet.request.X509Certificate");
        if (!req.isSecure() || keten == null || keten.length == 0
                || !keten[0].getSubjectX500Principal().getName().startsWith("CN=zorgkantoor,")) {
            GEWEIGERD.incrementAndGet();
            resp.sendError(403, "clientcertificaat van het zorgkantoor vereist");
            return;
        }
        super.doPost(req, resp);
    }
}
