package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.Periode;

/**
 * Overbruggingszorg: temporary care at home while the client waits for admission (RULES O-01). Its duration is set
 * against the region's acceptable norm and reported to toezicht (RULES O-02).
 */
final class OverbruggingszorgRegeling implements Regeling {

    /** RULES O-01: temporary — a grant has an end and runs at most a year; a longer wait needs a new decision. */
    static final int MAX_MAANDEN = 12;

    @Override
    public Soort soort() {
        return Soort.OVERBRUGGINGSZORG;
    }

    @Override
    public void controleerAanvrager(Aanvrager aanvrager, Aanvraagfeiten feiten) {
        if (!EnumSet.of(Aanvrager.CLIENT, Aanvrager.ZORGAANBIEDER, Aanvrager.ZORGKANTOOR).contains(aanvrager)) {
            throw new RegelOvertreding("Overbruggingszorg wordt aangevraagd door de cliënt, de zorgaanbieder of het "
                    + "zorgkantoor.", "O-01");
        }
    }

    @Override
    public List<Bevinding> toets(Toetsingscontext c) {
        List<Bevinding> b = new ArrayList<>();
        b.add(Bevinding.als(c.wachtOpOpname(), "O-01", "De cliënt staat op de wachtlijst voor opname.",
                "Overbruggingszorg is er alleen voor een cliënt die op opname wacht; er is geen wachtlijstregistratie."));
        return b;
    }

    @Override
    public List<Bevinding> toetsToekenning(Besluitvoorstel v, Periode periode, List<Besluitregel> regels,
                                           Toetsingscontext c, Tarieven tarieven) {
        List<Bevinding> b = new ArrayList<>();
        b.add(Bevinding.als(v.maanden() <= MAX_MAANDEN, "O-01", "Tijdelijk: tot en met " + periode.eind() + ".",
                "Overbruggingszorg is tijdelijk: ken ten hoogste 12 maanden toe."));
        b.add(Regelhulp.regelsPerLeveringsvorm(regels, c.feiten().leveringsvormen(), true));
        // RULES O-02: not a condition for the grant, but the duration against the norm is recorded and reported
        boolean langer = langerDanNorm(periode, c.normDagen());
        b.add(Bevinding.voldaan("O-02", "Duur " + periode.dagen() + " dagen; de aanvaardbare norm in de regio is "
                + c.normDagen() + " dagen" + (langer ? ", dus langer dan de norm (gemeld aan toezicht)." : ".")));
        return b;
    }

    /** RULES O-02: longer than the region's acceptable norm. */
    static boolean langerDanNorm(Periode periode, int normDagen) {
        return periode.dagen() > normDagen;
    }

    @Override
    public LocalDate heraanvraagdatum(Periode periode) {
        return null; // temporary care: it ends with the admission, not with a heraanvraag
    }
}
