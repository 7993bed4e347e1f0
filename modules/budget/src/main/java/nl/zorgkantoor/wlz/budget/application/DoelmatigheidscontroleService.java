package nl.zorgkantoor.wlz.budget.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.Doelmatigheidscontroles;
import nl.zorgkantoor.wlz.budget.api.SignaalView;
import nl.zorgkantoor.wlz.budget.api.Signaalrun;
import nl.zorgkantoor.wlz.budget.domain.signaal.Signaal;
import nl.zorgkantoor.wlz.budget.domain.signaal.Signaalopslag;
import nl.zorgkantoor.wlz.budget.domain.signaal.Signaalsoort;
import nl.zorgkantoor.wlz.budget.domain.signaal.Sluitreden;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/** Runs the efficiency checks of a region one kind at a time, each set-based, and closes signals with a reason. */
@Stateless
@Local(Doelmatigheidscontroles.class)
public class DoelmatigheidscontroleService implements Doelmatigheidscontroles {

    private static final Logger LOG = Logger.getLogger(DoelmatigheidscontroleService.class.getName());
    private static final int MAX_PAGINA = 500;

    @Inject
    private Signaalopslag opslag;

    @Inject
    private Klok klok;

    @Resource
    private SessionContext context;

    @Override
    public Signaalrun draai(String regioCode, LocalDate peildatum) {
        String regio = regio(regioCode);
        long start = System.nanoTime();
        Map<String, Integer> nieuw = new LinkedHashMap<>();
        for (Signaalsoort soort : Signaalsoort.values()) {
            nieuw.put(soort.name(), opslag.markeer(soort, regio, peildatum, klok.nu().toInstant()));
        }
        long duur = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Doelmatigheidscontroles regio " + regio + " op " + peildatum + ": " + nieuw + " in " + duur + " ms");
        return new Signaalrun(regio, peildatum, nieuw, duur);
    }

    @Override
    public List<SignaalView> open(String regioCode, int pagina, int paginagrootte) {
        if (pagina < 0 || paginagrootte < 1 || paginagrootte > MAX_PAGINA) {
            throw new BudgetvraagOngeldig(null, "Pagina vanaf 0, paginagrootte 1 tot " + MAX_PAGINA);
        }
        return opslag.open(regio(regioCode), pagina * paginagrootte, paginagrootte).stream()
                .map(DoelmatigheidscontroleService::view).toList();
    }

    @Override
    public long aantalOpen(String regioCode) {
        return opslag.aantalOpen(regio(regioCode));
    }

    @Override
    public void sluit(SignaalView.Sleutel signaal, String reden) {
        Sluitreden sluitreden;
        Signaalsoort soort;
        try {
            sluitreden = new Sluitreden(reden);
            soort = Signaalsoort.valueOf(signaal.soort());
        } catch (IllegalArgumentException e) {
            throw new BudgetvraagOngeldig(null, e.getMessage().startsWith("No enum")
                    ? "Onbekende signaalsoort " + signaal.soort() : e.getMessage());
        }
        Principal wie = context.getCallerPrincipal();
        if (!opslag.sluit(soort, signaal.clientId(), signaal.onderwerp(), sluitreden,
                wie == null ? "onbekend" : wie.getName(), klok.nu().toInstant())) {
            throw new BudgetvraagOngeldig(null, "Geen open signaal " + signaal.soort() + " voor cliënt "
                    + signaal.clientId() + " (" + signaal.onderwerp() + ")");
        }
    }

    private static String regio(String code) {
        try {
            return ZorgkantoorRegio.parse(code).code();
        } catch (RuntimeException e) {
            throw new BudgetvraagOngeldig(null, "Onbekende zorgkantoorregio '" + code + "'");
        }
    }

    private static SignaalView view(Signaal s) {
        return new SignaalView(new SignaalView.Sleutel(s.soort().name(), s.clientId(), s.onderwerp()), s.regioCode(),
                s.regel(), s.toelichting(), s.gevondenOp(), s.geslotenOp(), s.geslotenDoor(), s.redenSluiting());
    }
}
