package nl.zorgkantoor.wlz.it.fouten;

import java.net.URI;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Starts the {@link DatabaseProxy} before Arquillian starts the server, when the run asks for it with
 * {@code -Dwlz.fouten.db.doel=host:port} (the real database); the server's {@code wlz.it.db.url} then points at
 * the proxy's port. Without that property nothing happens, so the ordinary IT runs are not affected.
 */
public class DatabaseProxyExtensie implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Starter.class);
    }

    /** Observes the start of the suite, before the container is set up. */
    public static class Starter {

        public void voorDeServer(@Observes(precedence = 1000) BeforeSuite event) {
            String doel = System.getProperty("wlz.fouten.db.doel", "");
            String url = System.getProperty("wlz.it.db.url", "");
            if (doel.isBlank() || !url.startsWith("jdbc:postgresql://")) {
                return;
            }
            int poort = URI.create(url.substring("jdbc:".length())).getPort();
            DatabaseProxy.start(poort, doel);
        }
    }
}
