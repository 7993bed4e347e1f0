package nl.zorgkantoor.wlz.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of days, both ends inclusive, as in iWlz (Begindatum/Einddatum, CDT_OpenPeriode). An open period has
 * no end. Constraint CS003: the end is never before the start.
 */
public record Periode(LocalDate begin, LocalDate eind) {

    public Periode {
        Objects.requireNonNull(begin, "begindatum ontbreekt");
        if (eind != null && eind.isBefore(begin)) {
            throw new IllegalArgumentException("Einddatum " + eind + " ligt voor begindatum " + begin + " (CS003)");
        }
    }

    public static Periode vanaf(LocalDate begin) {
        return new Periode(begin, null);
    }

    public static Periode van(LocalDate begin, LocalDate eind) {
        return new Periode(begin, eind);
    }

    /** The calendar year as a closed period. */
    public static Periode jaar(int jaar) {
        return new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    public boolean isOpen() {
        return eind == null;
    }

    public Optional<LocalDate> einde() {
        return Optional.ofNullable(eind);
    }

    public boolean bevat(LocalDate datum) {
        return !datum.isBefore(begin) && (eind == null || !datum.isAfter(eind));
    }

    /** True if the other period lies entirely inside this one (iWlz TR016: toewijzing within indicatie). */
    public boolean omvat(Periode andere) {
        if (andere.begin.isBefore(begin)) {
            return false;
        }
        if (eind == null) {
            return true;
        }
        return andere.eind != null && !andere.eind.isAfter(eind);
    }

    public boolean overlapt(Periode andere) {
        boolean andereBegintNaEinde = eind != null && andere.begin.isAfter(eind);
        boolean dezeBegintNaAndere = andere.eind != null && begin.isAfter(andere.eind);
        return !andereBegintNaEinde && !dezeBegintNaAndere;
    }

    /** Number of days, both ends counted; an open period has no length. */
    public long dagen() {
        if (eind == null) {
            throw new IllegalStateException("Een open periode heeft geen lengte");
        }
        return ChronoUnit.DAYS.between(begin, eind) + 1;
    }

    @Override
    public String toString() {
        return begin + " t/m " + (eind == null ? "onbepaald" : eind.toString());
    }
}
