package nl.zorgkantoor.wlz.budget.domain.scenario;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.zorgkantoor.wlz.budget.domain.berekening.EktAanvraag;
import nl.zorgkantoor.wlz.budget.domain.berekening.Leveringsverdeling;
import nl.zorgkantoor.wlz.budget.domain.berekening.MeerzorgToekenning;
import nl.zorgkantoor.wlz.budget.domain.berekening.PabAanvraag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * One client at home in the population of a scenario: what the ceiling depends on, plus what the care at home
 * costs per year (the granted budget), which the doelmatigheidstoets compares with the ceiling (RULES B-01).
 */
public record Scenarioclient(Zorgprofiel profiel, Leveringsverdeling verdeling, Collection<String> toeslagen,
                             LocalDate geboortedatum, EktAanvraag ekt, PabAanvraag pab, MeerzorgToekenning meerzorg,
                             long kostenCenten) {

    public Scenarioclient {
        Objects.requireNonNull(profiel, "zorgprofiel ontbreekt");
        Objects.requireNonNull(verdeling, "leveringsvorm ontbreekt");
        toeslagen = toeslagen == null ? List.of() : toeslagen;
        if (kostenCenten < 0) {
            throw new IllegalArgumentException("De kosten thuis mogen niet negatief zijn");
        }
    }

    public static Scenarioclient eenvoudig(Zorgprofiel profiel, Leveringsverdeling verdeling, long kostenCenten,
                                           String... toeslagen) {
        return new Scenarioclient(profiel, verdeling, List.of(toeslagen), null, null, null, null, kostenCenten);
    }
}
