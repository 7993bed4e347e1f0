package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;

/** Checks several regelingen share. */
final class Regelhulp {

    private Regelhulp() {
    }

    /** RULES L-02: every line of a grant belongs to a leveringsvorm of the case, so each part is shown apart. */
    static Bevinding regelsPerLeveringsvorm(List<Besluitregel> regels, Set<Leveringsvorm> vormen, boolean leegMag) {
        if (regels.isEmpty()) {
            return Bevinding.als(leegMag, "L-02", "Geen bedrag: de zorg wordt in natura geleverd.",
                    "Geef het bedrag per jaar per leveringsvorm.");
        }
        Set<Leveringsvorm> vreemd = regels.stream().map(Besluitregel::leveringsvorm)
                .filter(v -> !vormen.contains(v)).collect(Collectors.toSet());
        return Bevinding.als(vreemd.isEmpty(), "L-02", "Het bedrag is per leveringsvorm van de aanvraag vastgesteld.",
                "Het besluit noemt een leveringsvorm die niet in de aanvraag staat: " + namen(vreemd) + ".");
    }

    static Bedrag totaal(List<Besluitregel> regels) {
        return regels.stream().map(Besluitregel::bedragPerJaar).reduce(Bedrag.NUL, Bedrag::plus);
    }

    static String namen(Set<Leveringsvorm> vormen) {
        return vormen.stream().sorted().map(Leveringsvorm::name).collect(Collectors.joining(", "));
    }

    static boolean heeftDocument(Regelingaanvraag aanvraag, Documenttype type) {
        return aanvraag.documenten().stream().anyMatch(d -> d.type() == type);
    }
}
