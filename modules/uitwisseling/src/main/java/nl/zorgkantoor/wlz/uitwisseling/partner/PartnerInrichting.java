package nl.zorgkantoor.wlz.uitwisseling.partner;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Copies the partner addresses of the system properties into the table once at deploy (see {@link Ketenpartners}). */
@Singleton
@Startup
@DependsOn("UitwisselingSchema")
public class PartnerInrichting {

    private static final Logger LOG = Logger.getLogger(PartnerInrichting.class.getName());

    @EJB
    private Ketenpartners partners;

    @PostConstruct
    void richIn() {
        try {
            partners.neemPropertiesOver();
        } catch (RuntimeException e) {
            // without a database the exchange still starts; the properties keep working as fallback
            LOG.warning(() -> "Adressen van ketenpartners niet overgenomen: " + e);
        }
    }
}
