package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Gebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.toezicht.api.Zorglevering;
import nl.zorgkantoor.wlz.toezicht.api.ZorgleveringService;
import nl.zorgkantoor.wlz.toezicht.domain.ZorgleveringRepository;
import nl.zorgkantoor.wlz.toezicht.domain.Zorgleveringsperiode;

/** Keeps the care-delivery periods that the exchange reports (AW35 start, AW39 end). */
@Stateless
@Local(ZorgleveringService.class)
public class ZorgleveringApplicatieService implements ZorgleveringService {

    private static final Logger LOG = Logger.getLogger(ZorgleveringApplicatieService.class.getName());
    /** A dossier shows a client's history, not an unbounded list: no client has this many periods. */
    static final int MAXIMUM_IN_DOSSIER = 200;

    @Inject
    private ZorgleveringRepository zorglevering;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Klok klok;

    @Override
    public void aanvang(long clientId, ZorgkantoorRegio regio, Zorgprofiel zorgprofiel, Leveringsvorm leveringsvorm,
                        String aanbieder, LocalDate begindatum, String bron) {
        if (zorgprofiel != null && zorglevering.bestaat(clientId, aanbieder, zorgprofiel.name(), begindatum)) {
            return; // the same start reported again (a new AW35 with a new Identificatie)
        }
        zorglevering.bewaar(Zorgleveringsperiode.aanvang(clientId, regio, zorgprofiel, leveringsvorm, aanbieder,
                begindatum, klok.nu().toInstant(), bron));
    }

    @Override
    public boolean einde(long clientId, String aanbieder, Zorgprofiel zorgprofiel, LocalDate einddatum,
                         String mutatiecode) {
        boolean beeindigd = false;
        for (Zorgleveringsperiode p : zorglevering.open(clientId, aanbieder)) {
            if (zorgprofiel == null || zorgprofiel.name().equals(p.zorgprofiel())) {
                beeindigd |= p.beeindig(einddatum, mutatiecode);
            }
        }
        if (!beeindigd) {
            LOG.info(() -> "Einde zorg " + einddatum + " voor cliënt " + clientId + " bij " + aanbieder
                    + " sluit geen lopende zorglevering (al beëindigd, nooit gemeld of einde voor de aanvang)");
        }
        return beeindigd;
    }

    @Override
    public List<Zorglevering> vanClient(long clientId, ZorgkantoorRegio clientRegio) {
        Gebruiker gebruiker = huidigeGebruiker.get();
        // Anonymous is the server itself (timers, batch): the web layer lets no anonymous caller reach this.
        if (!gebruiker.isAnoniem()) {
            gebruiker.controleerClient(clientRegio);
        }
        return zorglevering.vanClient(clientId, MAXIMUM_IN_DOSSIER).stream().map(Zorgleveringsperiode::alsView).toList();
    }
}
