package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.kernel.Periode;

/**
 * The rules of one regeling, plugged into the shared workflow: who may apply, when a client is eligible, what a
 * grant may look like, and the deadlines that follow from it. Every rule reports a {@link Bevinding} with its RULES
 * id, so a decision can cite its grounds.
 */
public interface Regeling {

    /** Beslistermijn for every regeling (RULES E-08; the seeds give the same eight weeks for pab). */
    int BESLISTERMIJN_WEKEN = 8;

    Soort soort();

    /** Refuses an application filed by someone who may not file it. */
    void controleerAanvrager(Aanvrager aanvrager, Aanvraagfeiten feiten);

    /** Eligibility and procedure: every rule that must hold before a grant. */
    List<Bevinding> toets(Toetsingscontext context);

    /** The rules on the grant itself: period, amounts, confirmations. */
    List<Bevinding> toetsToekenning(Besluitvoorstel voorstel, Periode periode, List<Besluitregel> regels,
                                    Toetsingscontext context, Tarieven tarieven);

    /** The lines of the grant; most regelingen take the assessor's lines, pab computes them (RULES P-04, P-05). */
    default List<Besluitregel> bedragen(Besluitvoorstel voorstel, Toetsingscontext context, Tarieven tarieven) {
        return voorstel.regels();
    }

    /** The granted period; by default from the start date for the given number of months. */
    default Periode periode(Besluitvoorstel voorstel, Toetsingscontext context) {
        LocalDate begin = voorstel.ingangsdatum();
        return Periode.van(begin, begin.plusMonths(voorstel.maanden()).minusDays(1));
    }

    /** The date by which a heraanvraag is due, null when the regeling knows none. */
    default LocalDate heraanvraagdatum(Periode periode) {
        return periode.eind().minusWeeks(BESLISTERMIJN_WEKEN);
    }

    static Regeling voor(Soort soort) {
        return Alle.PER_SOORT.get(soort);
    }

    /** Holder of the one instance per regeling; the rules are stateless. */
    final class Alle {
        private static final Map<Soort, Regeling> PER_SOORT = new EnumMap<>(Soort.class);

        static {
            for (Regeling r : List.of(new MeerzorgRegeling(), new ToeslagRegeling(), new EktRegeling(),
                    new PabRegeling(), new OverbruggingszorgRegeling())) {
                PER_SOORT.put(r.soort(), r);
            }
        }

        private Alle() {
        }
    }
}
