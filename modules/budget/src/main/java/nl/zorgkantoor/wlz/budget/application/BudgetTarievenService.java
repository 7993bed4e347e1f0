package nl.zorgkantoor.wlz.budget.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.zorgkantoor.wlz.budget.api.BudgetTarieven;
import nl.zorgkantoor.wlz.budget.api.ToeslagView;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbedragen;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefjaar;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefparameter;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tarieftabel;
import nl.zorgkantoor.wlz.budget.domain.tarief.Toeslag;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** The tariff facts for other contexts (regelingen), from the tariff tables in force on the reference date. */
@Stateless
@Local(BudgetTarieven.class)
public class BudgetTarievenService implements BudgetTarieven {

    @EJB
    private TarieftabelCache cache;

    /**
     * PGB and MPT: the pgb-plafond, which is the doelmatigheidsnorm for both (RULES B-01). VPT: the vpt tariff
     * without behandeling for the year; verblijf, deeltijdverblijf and verkeerde bed: the verblijf tariff without
     * behandeling — the in-kind amounts the regelingen compare against.
     */
    @Override
    public Bedrag jaarbudgetZonderToeslagen(Zorgprofiel profiel, Leveringsvorm leveringsvorm, LocalDate peildatum) {
        Tarieftabel tabel = cache.tabel();
        int jaar = peildatum.getYear();
        return switch (leveringsvorm) {
            case PGB, MPT -> Bedrag.centen(tabel.pgbPlafondCenten(profiel, jaar));
            case VPT -> Bedrag.centen(Tariefbedragen.jaarbedragCenten(tabel.profieltarief(profiel, jaar).vptExclBh(),
                    Tariefjaar.dagen(jaar), BigDecimal.valueOf(100)));
            case VERBLIJF, DTV, VKB -> Bedrag.centen(Tariefbedragen.jaarbedragCenten(
                    tabel.profieltarief(profiel, jaar).verblijfExclBh(), Tariefjaar.dagen(jaar), BigDecimal.valueOf(100)));
        };
    }

    @Override
    public Bedrag pabMaximum(LocalDate peildatum) {
        return new Bedrag(cache.tabel().waarde(Tariefparameter.Soort.PAB_MAXIMUM, peildatum));
    }

    @Override
    public BigDecimal ektPercentage(LocalDate peildatum) {
        return cache.tabel().waarde(Tariefparameter.Soort.EKT_PERCENTAGE, peildatum);
    }

    @Override
    public List<ToeslagView> toeslagen(LocalDate peildatum) {
        int jaar = peildatum.getYear();
        return cache.tabel().toeslagen(jaar).stream()
                .filter(t -> t.geldigheid().bevat(peildatum))
                .sorted(Comparator.comparing(Toeslag::code))
                .map(t -> view(t, jaar))
                .toList();
    }

    static ToeslagView view(Toeslag t, int jaar) {
        return new ToeslagView(t.code(), t.naam(), new Bedrag(t.dagtarief()),
                Bedrag.centen(Tariefbedragen.jaarbedragCenten(t.dagtarief(), Tariefjaar.dagen(jaar),
                        BigDecimal.valueOf(100))), t.instellingsgebonden(), t.gebruikelijkeZorg(),
                t.pgbToegestaan(), t.profielen(), t.leeftijdTot(), t.voorwaarde(), t.bron());
    }
}
