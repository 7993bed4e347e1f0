package nl.zorgkantoor.wlz.admin.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Prints where everything is once the application is up, so a newcomer knows where to click. */
@WebListener
public class StartMelding implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartMelding.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String http = "http://localhost:" + (8080 + offset);
        String beheer = "http://localhost:" + (9990 + offset);
        String database = System.getProperty("wlz.db.url", System.getenv().getOrDefault("WLZ_DB_URL",
                "H2 in " + System.getProperty("jboss.server.data.dir") + "/wlz"));
        LOG.info(() -> String.join(System.lineSeparator(),
                "",
                "==== wlz-platform is gestart ====",
                "  Beheer-UI        : " + http + "/wlz/",
                "  REST health      : " + http + "/wlz/api/health",
                "  Server health    : " + beheer + "/health",
                "  SOAP ping (WSDL) : " + http + "/uitwisseling/PlatformPingService?wsdl",
                "  Database         : " + database,
                "================================="));
    }
}
