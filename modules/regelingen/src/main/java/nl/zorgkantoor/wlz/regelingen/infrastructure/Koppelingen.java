package nl.zorgkantoor.wlz.regelingen.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.zorgkantoor.wlz.budget.api.BudgetTarieven;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieService;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.regelingen.domain.Clientgegevens;
import nl.zorgkantoor.wlz.regelingen.domain.Clientsituatie;
import nl.zorgkantoor.wlz.regelingen.domain.Tarieven;
import nl.zorgkantoor.wlz.regelingen.domain.Wachtlijst;
import nl.zorgkantoor.wlz.toezicht.api.WachtlijstService;

/** Adapters from the regelingen' ports to the api of the indicatie, budget and toezicht contexts. */
public final class Koppelingen {

    private Koppelingen() {
    }

    /** The client and the indicatiebesluit in force, from the indicatie context. */
    @ApplicationScoped
    public static class Indicatie implements Clientgegevens {

        @EJB
        private ClientService clienten;
        @EJB
        private IndicatieService indicaties;

        @Override
        public Optional<Clientsituatie> situatie(long clientId, LocalDate peildatum) {
            return clienten.zoek(clientId).map(c -> {
                Optional<IndicatieView> indicatie = indicaties.geldigeIndicatie(clientId, peildatum);
                return new Clientsituatie(clientId, c.voornaam() + " " + c.achternaam(), c.geboortedatum(),
                        indicatie.map(IndicatieView::zorgprofiel).orElse(null),
                        indicatie.map(IndicatieView::meerzorgOnderzoek).orElse(false),
                        c.regio() == null ? null : c.regio().code(),
                        indicatie.map(IndicatieView::besluitnummer).orElse(null));
            });
        }
    }

    /** Tariffs from the budget context. */
    @ApplicationScoped
    public static class Budget implements Tarieven {

        @EJB
        private BudgetTarieven tarieven;

        @Override
        public Bedrag jaarbudgetZonderToeslagen(Zorgprofiel profiel, Leveringsvorm vorm, LocalDate peildatum) {
            return tarieven.jaarbudgetZonderToeslagen(profiel, vorm, peildatum);
        }

        @Override
        public Bedrag pabMaximum(LocalDate peildatum) {
            return tarieven.pabMaximum(peildatum);
        }

        @Override
        public BigDecimal ektPercentage(LocalDate peildatum) {
            return tarieven.ektPercentage(peildatum);
        }
    }

    /** RULES O-01: the waiting list of the toezicht context. */
    @ApplicationScoped
    public static class Toezicht implements Wachtlijst {

        @EJB
        private WachtlijstService wachtlijst;

        @Override
        public boolean wachtOpOpname(long clientId, LocalDate peildatum) {
            return wachtlijst.wachtOpOpname(clientId, peildatum);
        }
    }
}
