package nl.zorgkantoor.wlz.it.toezicht;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail in the test JVM, where the IT server's mail session sends to (-Dwlz.smtp.port). Kept out of the test
 * deployment: the server has no GreenMail, so its types never appear in the test class itself.
 */
final class MailOntvanger {

    private static GreenMail greenMail;

    private MailOntvanger() {
    }

    static void start() {
        greenMail = new GreenMail(new ServerSetup(Integer.getInteger("wlz.it.smtp.port", 3125), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    static void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Waits for at least {@code aantal} mails; each as "recipient | subject | body". */
    static List<String> berichten(int aantal, long wachtMs) throws MessagingException, IOException {
        greenMail.waitForIncomingEmail(wachtMs, aantal);
        List<String> uit = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            uit.add(m.getAllRecipients()[0] + " | " + m.getSubject() + " | " + m.getContent());
        }
        return uit;
    }
}
