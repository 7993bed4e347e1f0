package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import static nl.zorgkantoor.wlz.kernel.Zorgprofiel.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Persoonlijk assistentiebudget (Rlz art. 5.15a): a raise of the pgb for adults with full self-direction and a very
 * severe physical limitation, up to the year's maximum (RULES P-01..P-05). Applied for by the client with the form
 * 'Eigen Regie' and the treating physician's opinion; granted only after the zorgkantoor has seen the client.
 */
final class PabRegeling implements Regeling {

    /** RULES P-01. */
    static final Set<Zorgprofiel> PROFIELEN = EnumSet.of(LG5, LG6, LG7, VV7, VV8);
    /** RULES P-05: hours per week deducted from the extra care hours when mantelzorg is present. */
    static final BigDecimal MANTELZORG_AFTREK_UREN = BigDecimal.valueOf(8);
    static final int WEKEN_PER_JAAR = 52;
    /** RULES P-04: the maximum is per year, so a grant runs for at most a year. */
    static final int MAX_MAANDEN = 12;

    @Override
    public Soort soort() {
        return Soort.PAB;
    }

    @Override
    public void controleerAanvrager(Aanvrager aanvrager, Aanvraagfeiten feiten) {
        if (aanvrager != Aanvrager.CLIENT) { // RULES P-03
            throw new RegelOvertreding("Een persoonlijk assistentiebudget wordt door de cliënt zelf aangevraagd.",
                    "P-03");
        }
    }

    @Override
    public List<Bevinding> toets(Toetsingscontext c) {
        Aanvraagfeiten f = c.feiten();
        Zorgprofiel profiel = c.client().zorgprofiel();
        List<Bevinding> b = new ArrayList<>();
        // RULES P-01
        boolean profielPast = profiel != null && PROFIELEN.contains(profiel)
                || f.profielOp31122014() != null && PROFIELEN.contains(f.profielOp31122014());
        b.add(Bevinding.als(profielPast, "P-01", "Zorgprofiel " + (profiel == null ? "(geen)" : profiel.label())
                        + " geeft toegang tot een pab.",
                "Een pab is er alleen bij zorgprofiel LG5, LG6, LG7, VV7 of VV8."));
        b.add(Bevinding.als(f.leveringsvormen().equals(EnumSet.of(Leveringsvorm.PGB)), "P-01",
                "De zorg wordt met een pgb ingekocht.", "Een pab is een opslag op het pgb; alleen bij een pgb."));
        // RULES P-02: all four conditions
        b.add(Bevinding.als(Boolean.TRUE.equals(f.medischeNoodzaak()), "P-02",
                "Medisch noodzakelijk: permanent toezicht of 24 uur per dag zorg in de nabijheid.",
                "De medische noodzaak van permanent toezicht of 24 uur zorg in de nabijheid is niet vastgesteld."));
        int leeftijd = c.client().leeftijdOp(c.peildatum());
        b.add(Bevinding.als(leeftijd >= 18, "P-02", "De cliënt is " + leeftijd + " jaar.",
                "Een pab is er vanaf 18 jaar; de cliënt is " + leeftijd + "."));
        b.add(Bevinding.als(Boolean.FALSE.equals(f.cognitieveBeperking()), "P-02", "Geen cognitieve beperking.",
                "Een pab vraagt dat de cliënt geen cognitieve beperking heeft (of dat is niet vastgesteld)."));
        b.add(Bevinding.als(Boolean.FALSE.equals(f.vertegenwoordiger()), "P-02",
                "De cliënt voert de pgb-taken zelf uit, zonder vertegenwoordiger.",
                "Een pab vraagt dat de cliënt de pgb-taken zonder vertegenwoordiger uitvoert."));
        // RULES P-03
        b.add(Bevinding.als(Regelhulp.heeftDocument(c.aanvraag(), Documenttype.EIGEN_REGIE_FORMULIER), "P-03",
                "Het formulier Eigen Regie is ontvangen.", "Het formulier Eigen Regie ontbreekt."));
        b.add(Bevinding.als(Regelhulp.heeftDocument(c.aanvraag(), Documenttype.MEDISCH_OORDEEL), "P-03",
                "Het medisch oordeel van de behandelend arts is ontvangen.",
                "Het medisch oordeel van de behandelend arts ontbreekt."));
        b.add(Bevinding.als(c.aanvraag().gesprekOp() != null, "P-03",
                "Het zorgkantoor heeft de cliënt gesproken op " + c.aanvraag().gesprekOp() + ".",
                "Het zorgkantoor moet de cliënt eerst persoonlijk spreken."));
        return b;
    }

    /** RULES P-05: extra hours per week, minus 8 with mantelzorg, never below zero. */
    static BigDecimal erkendeUren(Aanvraagfeiten f) {
        BigDecimal uren = f.extraUrenPerWeek();
        if (Boolean.TRUE.equals(f.mantelzorg())) {
            uren = uren.subtract(MANTELZORG_AFTREK_UREN);
        }
        return uren.max(BigDecimal.ZERO);
    }

    @Override
    public List<Besluitregel> bedragen(Besluitvoorstel voorstel, Toetsingscontext c, Tarieven t) {
        Aanvraagfeiten f = c.feiten();
        if (f.extraUrenPerWeek() == null || f.uurtarief() == null || c.client().zorgprofiel() == null) {
            return List.of();
        }
        Bedrag opslag = new Bedrag(erkendeUren(f).multiply(f.uurtarief())).maal(WEKEN_PER_JAAR);
        Bedrag pgb = t.jaarbudgetZonderToeslagen(c.client().zorgprofiel(), Leveringsvorm.PGB, c.peildatum());
        Bedrag ruimte = t.pabMaximum(c.peildatum()).min(pgb); // RULES P-04: raised pgb up to the year's maximum
        Bedrag pab = Bedrag.kleinste(opslag, Bedrag.grootste(ruimte, Bedrag.NUL));
        return List.of(new Besluitregel(Leveringsvorm.PGB, "Persoonlijk assistentiebudget (opslag op het pgb)", pab));
    }

    @Override
    public List<Bevinding> toetsToekenning(Besluitvoorstel v, Periode periode, List<Besluitregel> regels,
                                           Toetsingscontext c, Tarieven t) {
        Aanvraagfeiten f = c.feiten();
        List<Bevinding> b = new ArrayList<>();
        if (regels.isEmpty()) {
            b.add(Bevinding.nietVoldaan("P-05", "Leg de extra uren per week en het uurtarief vast."));
            return b;
        }
        BigDecimal uren = erkendeUren(f);
        b.add(Bevinding.als(uren.signum() > 0, "P-05", Boolean.TRUE.equals(f.mantelzorg())
                        ? "Met mantelzorg: " + f.extraUrenPerWeek().toPlainString() + " extra uur min 8 = "
                        + uren.toPlainString() + " uur per week."
                        : "Zonder mantelzorg: " + uren.toPlainString() + " extra uur per week.",
                "Na aftrek van 8 uur voor mantelzorg blijven geen extra uren over."));
        Bedrag pgb = t.jaarbudgetZonderToeslagen(c.client().zorgprofiel(), Leveringsvorm.PGB, c.peildatum());
        Bedrag maximum = t.pabMaximum(c.peildatum());
        Bedrag verhoogd = pgb.plus(Regelhulp.totaal(regels));
        b.add(Bevinding.als(Regelhulp.totaal(regels).isGroterDan(Bedrag.NUL) && !verhoogd.isGroterDan(maximum), "P-04",
                "Het verhoogde pgb is " + verhoogd.formatteer() + " per jaar, ten hoogste " + maximum.formatteer() + ".",
                "Het pgb kan niet verder worden verhoogd: het maximum is " + maximum.formatteer() + "."));
        b.add(Bevinding.als(v.maanden() <= MAX_MAANDEN, "P-04", "Looptijd " + v.maanden() + " maanden.",
                "Het pab-maximum geldt per jaar: ken ten hoogste 12 maanden toe."));
        return b;
    }
}
