package nl.zorgkantoor.wlz.admin.platform;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The idle timeout of a session is 20 minutes (web.xml). An environment may shorten it with the system property
 * {@code wlz.sessie.seconden} (read per new session, so it can change at runtime); the session-timeout test uses
 * that to see a real expiry instead of waiting 20 minutes.
 */
@WebListener
public class Sessieduur implements HttpSessionListener {

    public static final String PROPERTY = "wlz.sessie.seconden";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        String seconden = System.getProperty(PROPERTY);
        if (seconden != null && seconden.matches("[0-9]{1,5}") && Integer.parseInt(seconden) > 0) {
            event.getSession().setMaxInactiveInterval(Integer.parseInt(seconden));
        }
    }
}
