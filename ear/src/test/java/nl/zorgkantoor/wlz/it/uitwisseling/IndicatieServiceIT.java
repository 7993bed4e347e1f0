package nl.zorgkantoor.wlz.it.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The indicatie read API on the real server, over the demo clients the server loaded. */
@ExtendWith(ArquillianExtension.class)
class IndicatieServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IndicatieServiceIT.class);
    }

    @EJB
    private IndicatieService indicaties;

    // RULES I-01
    @Test
    void i01_deGeldigeIndicatieVanEenDemoclientIsZijnBesluit() {
        DemoClient demo = DemoInstellingen.populatie().client(1);

        IndicatieView view = indicaties.geldigeIndicatie(1, demo.indicatieIngangsdatum()).orElseThrow();

        assertEquals(1, view.clientId());
        assertEquals(1, view.besluitnummer());
        assertEquals(demo.zorgprofiel(), view.zorgprofiel());
        assertEquals(demo.leveringsvorm(), view.leveringsvormVoorkeur());
        assertTrue(view.geldigheid().isOpen());
        List<IndicatieView> alle = indicaties.indicaties(1);
        assertEquals(List.of(view), alle);
    }

    // RULES I-01
    @Test
    void i01_voorDeIngangsdatumIsErGeenGeldigeIndicatie() {
        DemoClient demo = DemoInstellingen.populatie().client(2);

        assertFalse(indicaties.geldigeIndicatie(2, demo.indicatieIngangsdatum().minusDays(1)).isPresent());
    }
}
