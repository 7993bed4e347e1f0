package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Extra kosten thuis (Rlz art. 5.3): a raise of at most 25% of the zorgprofiel's home budget for care at home with
 * mpt, pgb or both. Who may have it depends on the application date: the target groups until 30 June 2018,
 * everyone at home whose profile-based care falls short from 1 July 2018 (RULES E-01..E-08).
 */
final class EktRegeling implements Regeling {

    static final Set<Leveringsvorm> THUIS = EnumSet.of(Leveringsvorm.MPT, Leveringsvorm.PGB);
    /** RULES E-03: the target groups were dropped on this date. */
    static final LocalDate IEDEREEN_THUIS_VANAF = LocalDate.of(2018, 7, 1);
    /** RULES E-07: one year, longer only for an evident lasting need (our ceiling: three years, as meerzorg). */
    static final int MAANDEN = 12;
    static final int MAANDEN_BLIJVEND = 36;

    @Override
    public Soort soort() {
        return Soort.EKT;
    }

    @Override
    public void controleerAanvrager(Aanvrager aanvrager, Aanvraagfeiten feiten) {
        // RULES E-06: pgb -> the client applies; mpt -> the aanbieder applies
        switch (aanvrager) {
            case CLIENT -> {
                if (!feiten.heeft(Leveringsvorm.PGB)) {
                    throw new RegelOvertreding("De cliënt vraagt extra kosten thuis aan voor een pgb; voor een mpt "
                            + "vraagt de zorgaanbieder aan.", "E-06");
                }
            }
            case ZORGAANBIEDER -> {
                if (!feiten.heeft(Leveringsvorm.MPT)) {
                    throw new RegelOvertreding("De zorgaanbieder vraagt extra kosten thuis aan voor een mpt; voor een "
                            + "pgb vraagt de cliënt zelf aan met het aanvraagformulier.", "E-06");
                }
            }
            default -> throw new RegelOvertreding("Extra kosten thuis wordt aangevraagd door de cliënt (pgb) of de "
                    + "zorgaanbieder (mpt).", "E-06");
        }
    }

    @Override
    public List<Bevinding> toets(Toetsingscontext c) {
        Aanvraagfeiten f = c.feiten();
        Set<Leveringsvorm> vormen = f.leveringsvormen();
        List<Bevinding> b = new ArrayList<>();
        // RULES E-01
        b.add(Bevinding.als(!vormen.isEmpty() && THUIS.containsAll(vormen), "E-01",
                "Zorg thuis met " + Regelhulp.namen(vormen) + ".",
                "Extra kosten thuis kan alleen bij mpt, pgb of beide, niet bij verblijf of vpt."));
        b.add(doelgroep(c));
        // RULES E-05
        boolean uitgesloten = c.lopendeRegelingen().contains(Soort.MEERZORG) || c.lopendeRegelingen().contains(Soort.PAB);
        b.add(Bevinding.als(!uitgesloten, "E-05", "De cliënt heeft geen meerzorg of pab.",
                "Extra kosten thuis kan niet naast meerzorg of een persoonlijk assistentiebudget."));
        // RULES E-06: the client applies with the form
        if (c.aanvraag().aanvrager() == Aanvrager.CLIENT) {
            b.add(Bevinding.als(Regelhulp.heeftDocument(c.aanvraag(), Documenttype.AANVRAAGFORMULIER), "E-06",
                    "Het aanvraagformulier van de cliënt is ontvangen.",
                    "Het aanvraagformulier van de cliënt ontbreekt."));
        }
        return b;
    }

    /** RULES E-03: the rules valid on the application date decide who belongs to the target group. */
    private static Bevinding doelgroep(Toetsingscontext c) {
        Aanvraagfeiten f = c.feiten();
        if (!c.peildatum().isBefore(IEDEREEN_THUIS_VANAF)) {
            return Bevinding.als(Boolean.TRUE.equals(f.zorgprofielOntoereikend()), "E-03",
                    "Vanaf 1 juli 2018: de zorg uit het zorgprofiel is thuis niet toereikend.",
                    "Vanaf 1 juli 2018 is extra kosten thuis er voor wie thuis met de zorg uit het zorgprofiel niet "
                            + "uitkomt; dat is niet vastgesteld.");
        }
        int leeftijd = c.client().leeftijdOp(c.peildatum());
        if (leeftijd < 23) {
            return Bevinding.voldaan("E-03", "Vóór 1 juli 2018: de cliënt is jonger dan 23 jaar (" + leeftijd + ").");
        }
        if (Boolean.TRUE.equals(f.kindOnder18())) {
            return Bevinding.voldaan("E-03", "Vóór 1 juli 2018: de cliënt voedt thuis een kind jonger dan 18 op.");
        }
        if (Boolean.TRUE.equals(f.somatischZonderVgPsyPg()) && Boolean.TRUE.equals(f.werktOfStudeertThuis())) {
            return Bevinding.voldaan("E-03", "Vóór 1 juli 2018: somatische of lichamelijke beperking, werkt of studeert "
                    + "vanuit huis.");
        }
        if (c.client().zorgprofiel() == Zorgprofiel.VV10) {
            return Bevinding.voldaan("E-03", "Vóór 1 juli 2018: palliatief-terminale zorg thuis (VV10).");
        }
        return Bevinding.nietVoldaan("E-03", "Vóór 1 juli 2018 gold extra kosten thuis alleen voor cliënten jonger dan "
                + "23, ouders van een kind jonger dan 18, wie vanuit huis werkt of studeert met een somatische of "
                + "lichamelijke beperking, en palliatief-terminale zorg; de cliënt valt in geen van die groepen.");
    }

    @Override
    public List<Bevinding> toetsToekenning(Besluitvoorstel v, Periode periode, List<Besluitregel> regels,
                                           Toetsingscontext c, Tarieven tarieven) {
        List<Bevinding> b = new ArrayList<>();
        Aanvraagfeiten f = c.feiten();
        b.add(Regelhulp.regelsPerLeveringsvorm(regels, f.leveringsvormen(), false));
        b.add(hoogte(v, regels, c, tarieven));
        // RULES E-07: one year unless a longer need is evident; a household with several entitled persons
        int max = f.isDuurzameBehoefte() ? MAANDEN_BLIJVEND : MAANDEN;
        b.add(Bevinding.als(v.maanden() <= max, "E-07", "Looptijd " + v.maanden() + " maanden.",
                f.isDuurzameBehoefte() ? "Ook bij een blijvende behoefte ten hoogste " + MAANDEN_BLIJVEND + " maanden."
                        : "Extra kosten thuis wordt voor ten hoogste een jaar toegekend, tenzij een langere behoefte "
                        + "evident is."));
        Integer rechthebbenden = f.rechthebbendenInHuishouden();
        if (rechthebbenden != null && rechthebbenden > 1) {
            b.add(Bevinding.als(v.doelmatigheidsnotitie() != null, "E-07",
                    "Doelmatigheid bij " + rechthebbenden + " rechthebbenden in het huishouden: "
                            + v.doelmatigheidsnotitie(),
                    "Er zijn " + rechthebbenden + " rechthebbenden in het huishouden: leg de afweging over "
                            + "doelmatigheid vast."));
        }
        return b;
    }

    /** RULES E-02 and E-04: at most 25% of the profile's budget without toeslagen (B-04); VV10 as far as needed. */
    private static Bevinding hoogte(Besluitvoorstel v, List<Besluitregel> regels, Toetsingscontext c, Tarieven t) {
        Zorgprofiel profiel = c.client().zorgprofiel();
        if (profiel == null) {
            return Bevinding.nietVoldaan("E-02", "Op de aanvraagdatum is geen indicatiebesluit van kracht.");
        }
        Leveringsvorm basis = c.feiten().heeft(Leveringsvorm.PGB) ? Leveringsvorm.PGB : Leveringsvorm.MPT;
        Bedrag budget = t.jaarbudgetZonderToeslagen(profiel, basis, c.peildatum());
        Bedrag maximum = budget.percentage(t.ektPercentage(c.peildatum()));
        Bedrag totaal = Regelhulp.totaal(regels);
        if (!totaal.isGroterDan(maximum)) {
            return Bevinding.voldaan("E-02", "Verhoging " + totaal.formatteer() + " per jaar, ten hoogste "
                    + maximum.formatteer() + " (" + t.ektPercentage(c.peildatum()).stripTrailingZeros().toPlainString()
                    + "% van " + budget.formatteer() + ").");
        }
        if (profiel == Zorgprofiel.VV10) {
            return Bevinding.als(v.bevestigdDoorBeoordelaar() != null, "E-04",
                    "Palliatief-terminale zorg: verhoging " + totaal.formatteer() + " voor zover nodig, bevestigd door "
                            + "beoordelaar " + v.bevestigdDoorBeoordelaar() + ".",
                    "Palliatief-terminale zorg mag boven " + maximum.formatteer() + " uitkomen, maar alleen met "
                            + "uitdrukkelijke bevestiging van een beoordelaar.");
        }
        return Bevinding.nietVoldaan("E-02", "De verhoging van " + totaal.formatteer() + " is meer dan 25% van het "
                + "budget van het zorgprofiel (ten hoogste " + maximum.formatteer() + ").");
    }
}
