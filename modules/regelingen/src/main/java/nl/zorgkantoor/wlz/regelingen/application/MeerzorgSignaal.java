package nl.zorgkantoor.wlz.regelingen.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.domain.Aanvraagfeiten;
import nl.zorgkantoor.wlz.regelingen.domain.Clientgegevens;
import nl.zorgkantoor.wlz.regelingen.domain.Regelingaanvraag;
import nl.zorgkantoor.wlz.regelingen.domain.RegelingaanvraagRepository;

/**
 * RULES I-04: the CIZ flag "onderzoek doen naar meerzorg" opens a meerzorg case by itself. Runs after the
 * indicatiebesluit is committed ({@link CizMeerzorgvlag}), in its own transaction, so a problem here never costs the
 * exchange its message.
 */
@Stateless
public class MeerzorgSignaal {

    private static final Logger LOG = Logger.getLogger(MeerzorgSignaal.class.getName());

    @Inject
    private RegelingaanvraagRepository aanvragen;
    @Inject
    private Clientgegevens clientgegevens;
    @Inject
    private Klok klok;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openZaak(IndicatieView indicatie) {
        if (aanvragen.heeftLopendeMeerzorg(indicatie.clientId())) {
            return;
        }
        try {
            var vandaag = klok.vandaag();
            var client = clientgegevens.situatie(indicatie.clientId(), vandaag).orElseThrow();
            Aanvraagfeiten feiten = Aanvraagfeiten.voor(indicatie.leveringsvormVoorkeur() == null
                    ? Set.of() : Set.of(indicatie.leveringsvormVoorkeur())).bouw();
            Regelingaanvraag a = Regelingaanvraag.dienIn(Soort.MEERZORG, Aanvrager.CIZ_SIGNAAL,
                    "CIZ besluit " + indicatie.besluitnummer(), vandaag, feiten, client, "systeem (CIZ-signaal)",
                    klok.nu().toInstant(), vandaag);
            aanvragen.bewaar(a);
            LOG.info(() -> "Meerzorgzaak " + a.id() + " geopend op CIZ-signaal voor cliënt " + indicatie.clientId());
        } catch (RuntimeException ex) {
            // Logged for the administrators; the indicatiebesluit itself stands.
            LOG.log(Level.WARNING, "Meerzorgzaak op CIZ-signaal voor cliënt " + indicatie.clientId()
                    + " kon niet worden geopend: " + ex.getMessage(), ex);
            throw ex;
        }
    }
}
