package nl.zorgkantoor.wlz.budget.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import nl.zorgkantoor.wlz.budget.api.BudgetBerekening;
import nl.zorgkantoor.wlz.budget.api.BudgetvraagOngeldig;
import nl.zorgkantoor.wlz.budget.api.PlafondView;
import nl.zorgkantoor.wlz.budget.api.Plafondvraag;
import nl.zorgkantoor.wlz.budget.api.ToetsView;
import nl.zorgkantoor.wlz.budget.domain.berekening.BudgetGeweigerd;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetplafond;
import nl.zorgkantoor.wlz.budget.domain.berekening.Budgetvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.Doelmatigheidstoets;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktAanvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktDoelgroep;
import nl.zorgkantoor.wlz.budget.domain.berekening.Leveringsverdeling;
import nl.zorgkantoor.wlz.budget.domain.berekening.Melding;
import nl.zorgkantoor.wlz.budget.domain.berekening.MeerzorgToekenning;
import nl.zorgkantoor.wlz.budget.domain.berekening.MptRegel;
import nl.zorgkantoor.wlz.budget.domain.berekening.PabAanvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.Regelset;
import nl.zorgkantoor.wlz.budget.domain.berekening.Thuiskosten;
import nl.zorgkantoor.wlz.budget.domain.berekening.Toelichtingsregel;

/** Translates the api questions into the domain engine and its results back into views; computes nothing itself. */
@Stateless
@Local(BudgetBerekening.class)
public class BudgetBerekeningService implements BudgetBerekening {

    @EJB
    private TarieftabelCache cache;

    @Override
    public PlafondView plafond(Plafondvraag vraag) {
        try {
            return view(cache.rekenaar().plafond(domeinvraag(vraag)));
        } catch (BudgetGeweigerd e) {
            throw new BudgetvraagOngeldig(e.regel(), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BudgetvraagOngeldig(null, e.getMessage());
        }
    }

    @Override
    public ToetsView doelmatigheidstoets(Plafondvraag vraag) {
        if (vraag.thuiskosten() == null) {
            throw new BudgetvraagOngeldig(null, "Voor de doelmatigheidstoets zijn de kosten thuis nodig "
                    + "(gevraagd pgb en/of mpt-pakket)");
        }
        try {
            Plafondvraag.Thuiskosten kosten = vraag.thuiskosten();
            Doelmatigheidstoets toets = cache.rekenaar().toets(domeinvraag(vraag), new Thuiskosten(kosten.pgbPerJaar(),
                    kosten.mpt().stream().map(m -> new MptRegel(m.module(), m.eenhedenPerWeek())).toList()));
            return new ToetsView(toets.uitkomst().name(), toets.beslissendeRegel(), toets.toelichting(),
                    toets.kostenThuis(), toets.marge(), toets.plafond() == null ? null : view(toets.plafond()),
                    toelichtingen(toets.kosten()), toets.instelling().totaal(), toelichtingen(toets.instelling().regels()),
                    opmerkingen(toets.meldingen()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BudgetvraagOngeldig(null, e.getMessage());
        }
    }

    private static Budgetvraag domeinvraag(Plafondvraag vraag) {
        if (vraag.profiel() == null) {
            throw new IllegalArgumentException("Zorgprofiel ontbreekt");
        }
        if (vraag.peildatum() == null) {
            throw new IllegalArgumentException("Peildatum ontbreekt");
        }
        Budgetvraag.Builder builder = Budgetvraag.voor(vraag.profiel(), vraag.peildatum(),
                        new Leveringsverdeling(vraag.pgbProcent()))
                .regelset(Regelset.parse(vraag.regelset()))
                .toeslagenAlleenZorgInNatura(vraag.toeslagenAlleenZorgInNatura())
                .toeslagen(vraag.toeslagen().stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).toList())
                .geboortedatum(vraag.geboortedatum());
        if (vraag.ekt() != null) {
            builder.ekt(new EktAanvraag(vraag.ekt().bedrag(), doelgroep(vraag.ekt().doelgroep()),
                    vraag.ekt().bevestigdDoorBeoordelaar()));
        }
        if (vraag.pabGewenstPgb() != null) {
            builder.pab(new PabAanvraag(vraag.pabGewenstPgb()));
        }
        if (vraag.meerzorgPerJaar() != null) {
            builder.meerzorg(new MeerzorgToekenning(vraag.meerzorgPerJaar(), vraag.meerzorgViaCizSignaal()));
        }
        return builder.bouw();
    }

    private static EktDoelgroep doelgroep(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return EktDoelgroep.GEEN;
        }
        try {
            return EktDoelgroep.valueOf(tekst.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Onbekende ekt-doelgroep '" + tekst + "'", e);
        }
    }

    private static PlafondView view(Budgetplafond plafond) {
        return new PlafondView(plafond.vraag().regelset().code(), plafond.totaal(), toelichtingen(plafond.regels()),
                plafond.verdeling(), opmerkingen(plafond.meldingen()));
    }

    private static List<PlafondView.Toelichting> toelichtingen(List<Toelichtingsregel> regels) {
        return regels.stream().map(r -> new PlafondView.Toelichting(r.regel(), r.omschrijving(), r.tariefregel(),
                r.jaar(), r.bron(), r.bedrag())).toList();
    }

    private static List<PlafondView.Opmerking> opmerkingen(List<Melding> meldingen) {
        return meldingen.stream().map(m -> new PlafondView.Opmerking(m.regel(), m.tekst())).toList();
    }
}
