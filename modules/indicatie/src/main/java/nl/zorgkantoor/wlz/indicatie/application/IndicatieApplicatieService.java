package nl.zorgkantoor.wlz.indicatie.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.indicatie.domain.Indicatiebesluit;
import nl.zorgkantoor.wlz.indicatie.domain.IndicatiebesluitRepository;

/** Read access to indicatiebesluiten for the other contexts and the UI. */
@Stateless
@Local(IndicatieService.class)
public class IndicatieApplicatieService implements IndicatieService {

    @Inject
    private IndicatiebesluitRepository besluiten;

    @Override
    public Optional<IndicatieView> geldigeIndicatie(long clientId, LocalDate peildatum) {
        Objects.requireNonNull(peildatum, "peildatum");
        // RULES I-01: the newest besluit in force on the date wins
        return besluiten.geldigOp(clientId, peildatum).map(IndicatieApplicatieService::view);
    }

    @Override
    public List<IndicatieView> indicaties(long clientId) {
        return besluiten.vanClient(clientId).stream().map(IndicatieApplicatieService::view).toList();
    }

    static IndicatieView view(Indicatiebesluit b) {
        return new IndicatieView(b.clientId(), b.besluitnummer(), b.zorgprofiel(), b.leveringsvormVoorkeur(),
                b.geldigheid(), b.meerzorgOnderzoek());
    }
}
