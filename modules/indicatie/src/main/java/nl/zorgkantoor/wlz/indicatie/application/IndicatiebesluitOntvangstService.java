package nl.zorgkantoor.wlz.indicatie.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;
import nl.zorgkantoor.wlz.indicatie.api.IndicatiebesluitOntvangen;
import nl.zorgkantoor.wlz.indicatie.api.IndicatiebesluitOntvangst;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.indicatie.api.OntvangenIndicatiebesluit;
import nl.zorgkantoor.wlz.indicatie.domain.Client;
import nl.zorgkantoor.wlz.indicatie.domain.ClientRepository;
import nl.zorgkantoor.wlz.indicatie.domain.Indicatiebesluit;
import nl.zorgkantoor.wlz.indicatie.domain.IndicatiebesluitRepository;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * Stores the indicatiebesluiten the CIZ sends (IO31) and tells the other contexts about them. A CDI bean in the
 * caller's transaction: the exchange calls it twice per IO31, and as a session bean each call paid an EJB invocation
 * (0.7 % of the request thread each, JFR, bench/RESULTS.md 2026-12-04).
 */
@ApplicationScoped
@Transactional
public class IndicatiebesluitOntvangstService implements IndicatiebesluitOntvangst {

    @Inject
    private ClientRepository clienten;

    @Inject
    private IndicatiebesluitRepository besluiten;

    @Inject
    private Klok klok;

    @Inject
    private Event<IndicatiebesluitOntvangen> ontvangen;

    @Override
    public OptionalLong hoogsteBesluitnummer(Bsn bsn) {
        return besluiten.hoogsteBesluitnummer(bsn).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public IndicatieView ontvang(OntvangenIndicatiebesluit b) {
        var nu = klok.nu().toInstant();
        // the CIZ's message only needs the client's id and two new rows: no entity is loaded or managed, so this
        // transaction has nothing for Hibernate to flush (JFR, bench/RESULTS.md 2026-12-03 avond)
        long clientId = clienten.idVanBsn(b.bsn()).orElseGet(() -> clienten.voegToe(new Client(b.bsn(),
                b.voornaam(), b.achternaam(), b.geslacht(), b.geboortedatum(), b.regio(), nu)));
        // RULES I-01: a besluit is never changed; a new decision arrives with the next besluitnummer (TR079).
        Indicatiebesluit besluit = new Indicatiebesluit(clientId, b.besluitnummer(), b.zorgprofiel(),
                b.leveringsvormVoorkeur(), b.geldigheid(), b.meerzorgOnderzoek(), nu)
                .metAfgifte(b.afgiftedatum(), b.grondslag1(), b.grondslag2());
        besluiten.voegToe(besluit);
        IndicatieView view = IndicatieApplicatieService.view(besluit);
        // RULES I-04: regelingen opens a meerzorg case when the CIZ flagged it
        ontvangen.fire(new IndicatiebesluitOntvangen(view));
        return view;
    }
}
