package nl.zorgkantoor.wlz.budget.domain.berekening;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The facts a budget ceiling depends on: profile, reference date (the rules and tariffs of that date apply), how
 * the budget is delivered, the rule set, the toeslagen asked for and the granted regelingen (ekt, pab, meerzorg).
 *
 * @param toeslagenAlleenZorgInNatura the switch of RULES B-02: toeslagen only count for the mpt part
 * @param geboortedatum               needed for age conditions (T-03, P-02, E-03); null when unknown
 */
public record Budgetvraag(Zorgprofiel profiel, LocalDate peildatum, Leveringsverdeling verdeling, Regelset regelset,
                          boolean toeslagenAlleenZorgInNatura, List<String> toeslagen, LocalDate geboortedatum,
                          EktAanvraag ekt, EktGrondslag ektGrondslag, PabAanvraag pab, MeerzorgToekenning meerzorg) {

    public Budgetvraag {
        Objects.requireNonNull(profiel, "zorgprofiel ontbreekt");
        Objects.requireNonNull(peildatum, "peildatum ontbreekt");
        Objects.requireNonNull(verdeling, "leveringsvorm ontbreekt");
        Objects.requireNonNull(regelset, "regelset ontbreekt");
        Objects.requireNonNull(ektGrondslag, "ekt-grondslag ontbreekt");
        // sorted and unique: the same question always gives the same lines in the same order
        toeslagen = List.copyOf(new TreeSet<>(toeslagen));
        if (geboortedatum != null && geboortedatum.isAfter(peildatum)) {
            throw new IllegalArgumentException("Geboortedatum " + geboortedatum + " ligt na de peildatum " + peildatum);
        }
    }

    public static Builder voor(Zorgprofiel profiel, LocalDate peildatum, Leveringsverdeling verdeling) {
        return new Builder(profiel, peildatum, verdeling);
    }

    /** Age in whole years on the reference date, or -1 when the birth date is unknown. */
    public int leeftijd() {
        return geboortedatum == null ? -1 : Period.between(geboortedatum, peildatum).getYears();
    }

    public Builder wijzig() {
        return new Builder(profiel, peildatum, verdeling).regelset(regelset)
                .toeslagenAlleenZorgInNatura(toeslagenAlleenZorgInNatura).toeslagen(toeslagen)
                .geboortedatum(geboortedatum).ekt(ekt).ektGrondslag(ektGrondslag).pab(pab).meerzorg(meerzorg);
    }

    /** Builds a question step by step; defaults: rule set advies, no toeslagen, no regelingen. */
    public static final class Builder {
        private final Zorgprofiel profiel;
        private final LocalDate peildatum;
        private final Leveringsverdeling verdeling;
        private Regelset regelset = Regelset.STANDAARD;
        private boolean alleenZorgInNatura;
        private Collection<String> toeslagen = List.of();
        private LocalDate geboortedatum;
        private EktAanvraag ekt;
        private EktGrondslag ektGrondslag = EktGrondslag.PLAFOND_ZONDER_TOESLAGEN;
        private PabAanvraag pab;
        private MeerzorgToekenning meerzorg;

        private Builder(Zorgprofiel profiel, LocalDate peildatum, Leveringsverdeling verdeling) {
            this.profiel = profiel;
            this.peildatum = peildatum;
            this.verdeling = verdeling;
        }

        public Builder regelset(Regelset waarde) {
            regelset = waarde;
            return this;
        }

        public Builder toeslagenAlleenZorgInNatura(boolean waarde) {
            alleenZorgInNatura = waarde;
            return this;
        }

        public Builder toeslagen(Collection<String> codes) {
            toeslagen = codes;
            return this;
        }

        public Builder toeslagen(String... codes) {
            return toeslagen(List.of(codes));
        }

        public Builder geboortedatum(LocalDate waarde) {
            geboortedatum = waarde;
            return this;
        }

        public Builder ekt(EktAanvraag waarde) {
            ekt = waarde;
            return this;
        }

        public Builder ektGrondslag(EktGrondslag waarde) {
            ektGrondslag = waarde;
            return this;
        }

        public Builder pab(PabAanvraag waarde) {
            pab = waarde;
            return this;
        }

        public Builder meerzorg(MeerzorgToekenning waarde) {
            meerzorg = waarde;
            return this;
        }

        public Budgetvraag bouw() {
            return new Budgetvraag(profiel, peildatum, verdeling, regelset, alleenZorgInNatura, List.copyOf(toeslagen),
                    geboortedatum, ekt, ektGrondslag, pab, meerzorg);
        }
    }
}
