package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Toeslagsoort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Toeslagen (Rlz art. 2.2 lid 1c/d, lid 2b): requested by the zorgaanbieder for a specific condition, checked against
 * that toeslag's conditions and granted within the year of the productieafspraak it belongs to (RULES T-01..T-03).
 * At home a toeslag is possible too, unless it is bound to an instelling or pays for gebruikelijke zorg (RULES B-02).
 */
final class ToeslagRegeling implements Regeling {

    private static final Set<Leveringsvorm> INSTELLING = EnumSet.of(Leveringsvorm.VERBLIJF, Leveringsvorm.DTV);

    @Override
    public Soort soort() {
        return Soort.TOESLAG;
    }

    @Override
    public void controleerAanvrager(Aanvrager aanvrager, Aanvraagfeiten feiten) {
        if (aanvrager != Aanvrager.ZORGAANBIEDER) { // RULES T-02
            throw new RegelOvertreding("Een toeslag wordt aangevraagd door de zorgaanbieder.", "T-02");
        }
    }

    @Override
    public List<Bevinding> toets(Toetsingscontext c) {
        Aanvraagfeiten f = c.feiten();
        Toeslagsoort t = f.toeslag();
        List<Bevinding> b = new ArrayList<>();
        // RULES T-01: a known toeslag and the condition it rests on
        if (t == null) {
            b.add(Bevinding.nietVoldaan("T-01", "Er is geen toeslag gekozen."));
            return b;
        }
        b.add(Bevinding.als(f.aandoening() != null, "T-01",
                "Toeslag " + t.omschrijving() + " op grond van: " + f.aandoening() + ".",
                "De aandoening of omstandigheid waarop de toeslag berust ontbreekt."));
        voorwaardeVanDeToeslag(c, t).ifPresent(b::add);
        // RULES T-02: part of the yearly productieafspraak
        b.add(Bevinding.als(f.productiejaar() != null, "T-02",
                "Onderdeel van de productieafspraken " + f.productiejaar() + ".",
                "Vermeld het jaar van de productieafspraak waar de toeslag onder valt."));
        // RULES B-02: instellingsgebonden toeslagen and gebruikelijke zorg are not paid at home
        Set<Leveringsvorm> vormen = f.leveringsvormen();
        boolean alleenInstelling = !vormen.isEmpty() && INSTELLING.containsAll(vormen);
        if (t.isInstellingsgebonden()) {
            b.add(Bevinding.als(alleenInstelling, "B-02", "De toeslag hoort bij verblijf in een instelling.",
                    "Toeslag " + t.omschrijving() + " is instellingsgebonden en kan niet thuis worden geleverd."));
        } else if (t.isGebruikelijkeZorg()) {
            b.add(Bevinding.als(alleenInstelling, "B-02", "De toeslag hoort bij verblijf in een instelling.",
                    "Toeslag " + t.omschrijving() + " betreft gebruikelijke zorg en telt thuis niet mee."));
        } else {
            b.add(Bevinding.als(!vormen.isEmpty(), "B-02", "De toeslag kan ook thuis worden geleverd.",
                    "Vermeld de leveringsvorm waarbij de toeslag wordt geleverd."));
        }
        return b;
    }

    /** The condition of the toeslag itself, where the case's facts can show it. */
    private static Optional<Bevinding> voorwaardeVanDeToeslag(Toetsingscontext c, Toeslagsoort t) {
        Zorgprofiel profiel = c.client().zorgprofiel();
        return switch (t) {
            case CHRONISCHE_INVASIEVE_BEADEMING, NON_INVASIEVE_BEADEMING -> Optional.of(Bevinding.als(
                    c.feiten().isBeademing(), "T-01", "De cliënt wordt beademd.",
                    "Een beademingstoeslag vraagt dat de cliënt beademd wordt."));
            case DAGBESTEDING_VG5_VG8 -> Optional.of(Bevinding.als(
                    profiel == Zorgprofiel.VG5 || profiel == Zorgprofiel.VG8, "T-01", "Zorgprofiel VG5 of VG8.",
                    "De toeslag dagbesteding geldt alleen bij zorgprofiel VG5 of VG8."));
            case JEUGD_ONDER_23 -> { // RULES T-03
                int leeftijd = c.client().leeftijdOp(c.peildatum());
                boolean verblijf = c.feiten().heeft(Leveringsvorm.VERBLIJF);
                yield Optional.of(Bevinding.als(leeftijd < 23 && verblijf, "T-03",
                        "De cliënt is " + leeftijd + " jaar en verblijft in een instelling.",
                        leeftijd >= 23 ? "De jeugdtoeslag geldt tot 23 jaar; de cliënt is " + leeftijd + "."
                                : "De jeugdtoeslag geldt alleen bij verblijf in een instelling."));
            }
            default -> Optional.empty();
        };
    }

    @Override
    public Periode periode(Besluitvoorstel voorstel, Toetsingscontext context) {
        // RULES T-02: a toeslag runs at most to the end of the year of its productieafspraak
        LocalDate begin = voorstel.ingangsdatum();
        LocalDate eind = begin.plusMonths(voorstel.maanden()).minusDays(1);
        LocalDate jaareinde = LocalDate.of(begin.getYear(), 12, 31);
        return Periode.van(begin, eind.isAfter(jaareinde) ? jaareinde : eind);
    }

    @Override
    public List<Bevinding> toetsToekenning(Besluitvoorstel v, Periode periode, List<Besluitregel> regels,
                                           Toetsingscontext c, Tarieven tarieven) {
        List<Bevinding> b = new ArrayList<>();
        Integer jaar = c.feiten().productiejaar();
        b.add(Bevinding.als(jaar != null && periode.begin().getYear() == jaar, "T-02",
                "De toeslag loopt binnen het productiejaar " + jaar + ".",
                "De toeslag begint in " + periode.begin().getYear() + ", buiten het productiejaar " + jaar + "."));
        b.add(Regelhulp.regelsPerLeveringsvorm(regels, c.feiten().leveringsvormen(), false));
        b.add(Bevinding.als(Regelhulp.totaal(regels).isGroterDan(Bedrag.NUL), "T-02",
                "Het toeslagbedrag komt bovenop het zorgprofiel.", "Een toegekende toeslag heeft een bedrag."));
        return b;
    }
}
