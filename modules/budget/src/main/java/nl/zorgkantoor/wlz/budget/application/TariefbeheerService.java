package nl.zorgkantoor.wlz.budget.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.budget.api.ProfieltariefView;
import nl.zorgkantoor.wlz.budget.api.Tariefbeheer;
import nl.zorgkantoor.wlz.budget.api.TariefimportGeweigerd;
import nl.zorgkantoor.wlz.budget.api.TariefversieView;
import nl.zorgkantoor.wlz.budget.api.ToeslagView;
import nl.zorgkantoor.wlz.budget.domain.tarief.Profieltarief;
import nl.zorgkantoor.wlz.budget.domain.tarief.TariefbestandOngeldig;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbron;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefimport;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefversie;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * RULES B-03: the tariff versions, the tables in force, and a BEHEERDER's import as the next version. Reading is open
 * to every caller (published tariffs, no client data); with one method restricted, the server denies every method
 * without its own permission, hence the explicit {@code @PermitAll}.
 */
@Stateless
@PermitAll
@Local(Tariefbeheer.class)
public class TariefbeheerService implements Tariefbeheer {

    private static final Logger LOG = Logger.getLogger(TariefbeheerService.class.getName());

    @Inject
    private Tariefbron bron;

    @EJB
    private TarieftabelCache cache;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Klok klok;

    @EJB
    private TariefversieOpslag opslag;

    @Override
    public List<TariefversieView> versies() {
        List<Tariefset> sets = bron.alleVersies();
        Tarieftabel tabel = cache.tabel();
        List<TariefversieView> uit = new ArrayList<>();
        for (Tariefversie versie : bron.versies()) {
            SortedSet<Integer> jaren = sets.stream().filter(s -> s.versie() == versie.versie()).findFirst()
                    .map(Tariefset::jaren).orElseGet(TreeSet::new);
            uit.add(new TariefversieView(versie.versie(), versie.omschrijving(), versie.herkomst(),
                    versie.geladenDoor(), versie.geladenOp(), List.copyOf(jaren),
                    jaren.stream().filter(j -> tabel.versie(j) == versie.versie()).toList()));
        }
        return uit;
    }

    @Override
    public List<Integer> jaren() {
        Tarieftabel tabel = cache.tabel();
        List<Integer> jaren = new ArrayList<>();
        for (int jaar = tabel.eersteJaar(); jaar <= tabel.laatsteJaar(); jaar++) {
            jaren.add(jaar);
        }
        return jaren;
    }

    @Override
    public List<ProfieltariefView> profieltarieven(int jaar) {
        Tarieftabel tabel = cache.tabel();
        if (jaar < tabel.eersteJaar() || jaar > tabel.laatsteJaar()) {
            return List.of();
        }
        List<ProfieltariefView> uit = new ArrayList<>();
        for (Zorgprofiel profiel : Zorgprofiel.values()) {
            Profieltarief t = tabel.profieltarief(profiel, jaar);
            uit.add(new ProfieltariefView(jaar, profiel, t.verblijfExclBh(), t.verblijfInclBh(), t.vptExclBh(),
                    t.pgbPercentage(), Bedrag.centen(tabel.pgbPlafondCenten(profiel, jaar)), tabel.versie(jaar),
                    t.bron()));
        }
        return uit;
    }

    @Override
    public List<ToeslagView> toeslagen(int jaar) {
        Tarieftabel tabel = cache.tabel();
        if (jaar < tabel.eersteJaar() || jaar > tabel.laatsteJaar()) {
            return List.of();
        }
        return tabel.toeslagen(jaar).stream().sorted(Comparator.comparing(t -> t.code()))
                .map(t -> BudgetTarievenService.view(t, jaar)).toList();
    }

    @Override
    @RolesAllowed(Rollen.BEHEERDER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TariefversieView importeer(Map<String, String> bestanden, String omschrijving, String herkomst) {
        List<Tariefversie> bestaand = bron.versies();
        int volgende = bestaand.stream().mapToInt(Tariefversie::versie).max().orElse(0) + 1;
        SortedSet<Integer> geladen = new TreeSet<>(jaren());
        Tariefset set;
        Tariefversie versie;
        try {
            set = Tariefimport.controleer(volgende, bestanden, geladen);
            versie = new Tariefversie(volgende, omschrijving, herkomst, huidigeGebruiker.get().naam(),
                    klok.nu().toInstant());
        } catch (TariefbestandOngeldig e) {
            throw new TariefimportGeweigerd(e.fouten());
        } catch (IllegalArgumentException e) {
            throw new TariefimportGeweigerd(List.of(e.getMessage()));
        }
        opslag.bewaar(set, versie);
        cache.ververs();
        LOG.info(() -> "Tariefversie " + versie.versie() + " " + set.jaren() + " geladen door " + versie.geladenDoor());
        return new TariefversieView(versie.versie(), versie.omschrijving(), versie.herkomst(), versie.geladenDoor(),
                versie.geladenOp(), List.copyOf(set.jaren()), List.copyOf(set.jaren()));
    }
}
