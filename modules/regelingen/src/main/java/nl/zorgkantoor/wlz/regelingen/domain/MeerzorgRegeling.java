package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import static nl.zorgkantoor.wlz.kernel.Zorgprofiel.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Meerzorg (Rlz art. 2.2 lid 1a/b, lid 2 and 3): more care than the zorgprofiel holds, for a care need at least 25%
 * above it. Applied for by the zorgaanbieder, or by the client who has a pgb; opened by the zorgkantoor itself on the
 * CIZ flag (RULES I-04).
 */
final class MeerzorgRegeling implements Regeling {

    /** RULES M-01: Rlz 2.2 lid 1a/b. */
    static final Set<Zorgprofiel> PROFIELEN = EnumSet.of(VV7, VV8, VG5, VG7, VG8, LVG4, LVG5, SGLVG1, LG5, LG6, LG7,
            ZGAUD3, ZGVIS5, GGZ6B, GGZ7B);
    /** RULES M-03: v&v and ggz since 2016. */
    static final LocalDate VV_EN_GGZ_VANAF = LocalDate.of(2016, 1, 1);
    /** RULES M-02: at least 125% of the middle of the 2015 hour band. */
    static final BigDecimal DREMPEL = new BigDecimal("1.25");
    /** RULES M-06: heraanvraag three months before the end. */
    static final int HERAANVRAAG_MAANDEN_VOOR_EINDE = 3;

    @Override
    public Soort soort() {
        return Soort.MEERZORG;
    }

    @Override
    public void controleerAanvrager(Aanvrager aanvrager, Aanvraagfeiten feiten) {
        // The zorgaanbieder applies, or the client who buys the care with a pgb (000 L1596-1601; issue 6).
        switch (aanvrager) {
            case ZORGAANBIEDER, CIZ_SIGNAAL -> { }
            case CLIENT -> {
                if (!feiten.heeft(Leveringsvorm.PGB)) {
                    throw new RegelOvertreding("Meerzorg wordt aangevraagd door de zorgaanbieder; de cliënt vraagt "
                            + "alleen zelf aan als hij een pgb heeft.");
                }
            }
            default -> throw new RegelOvertreding("Meerzorg wordt aangevraagd door de zorgaanbieder of de cliënt met "
                    + "een pgb, of geopend op een signaal van het CIZ.", "I-04");
        }
    }

    @Override
    public List<Bevinding> toets(Toetsingscontext c) {
        Aanvraagfeiten f = c.feiten();
        Zorgprofiel profiel = c.client().zorgprofiel();
        List<Bevinding> b = new ArrayList<>();
        boolean lid2 = viaLid2(c);

        // RULES M-01 (and I-04 for lid 2)
        boolean profielPast = profiel != null && PROFIELEN.contains(profiel)
                || f.profielOp31122014() != null && PROFIELEN.contains(f.profielOp31122014());
        b.add(Bevinding.als(profielPast || lid2, "M-01",
                lid2 ? "Recht op meerzorg via beademing of het CIZ-signaal (Rlz 2.2 lid 2)."
                        : "Zorgprofiel " + label(profiel) + " geeft toegang tot meerzorg.",
                "Zorgprofiel " + label(profiel) + " geeft geen toegang tot meerzorg (Rlz 2.2 lid 1)."));

        // RULES M-02: not for ventilation (lid 2b)
        if (f.isBeademing()) {
            b.add(Bevinding.voldaan("M-02", "Bij beademing geldt de drempel van 25% niet."));
        } else if (f.zorgbehoefteUrenPerWeek() == null) {
            b.add(Bevinding.nietVoldaan("M-02", "De zorgbehoefte in uren per week is nog niet vastgesteld."));
        } else if (c.urennorm() == null) {
            b.add(Bevinding.nietVoldaan("M-02", "Voor zorgprofiel " + label(profiel) + " is geen urennorm bekend."));
        } else {
            BigDecimal drempel = c.urennorm().multiply(DREMPEL);
            b.add(Bevinding.als(f.zorgbehoefteUrenPerWeek().compareTo(drempel) >= 0, "M-02",
                    "De zorgbehoefte van " + f.zorgbehoefteUrenPerWeek().toPlainString() + " uur per week ligt minstens "
                            + "25% boven het zorgprofiel (drempel " + drempel.stripTrailingZeros().toPlainString() + ").",
                    "De zorgbehoefte van " + f.zorgbehoefteUrenPerWeek().toPlainString() + " uur per week ligt minder "
                            + "dan 25% boven het zorgprofiel (drempel " + drempel.stripTrailingZeros().toPlainString()
                            + ")."));
        }

        // RULES M-03: ghz always; v&v and ggz only from 2016
        if (profiel == null) {
            b.add(Bevinding.nietVoldaan("M-03", "Op de aanvraagdatum is geen indicatiebesluit van kracht."));
        } else if (profiel.sector() != Sector.GHZ) {
            b.add(Bevinding.als(!c.peildatum().isBefore(VV_EN_GGZ_VANAF), "M-03",
                    "Meerzorg in de sector " + profiel.sector().omschrijving().toLowerCase() + " bestaat sinds 2016.",
                    "Vóór 2016 bestond meerzorg alleen in de gehandicaptenzorg."));
        } else {
            b.add(Bevinding.voldaan("M-03", "Meerzorg in de gehandicaptenzorg, voor alle leeftijden en leveringsvormen."));
        }

        // RULES M-04: gedragsproblematiek needs the CCE's advice; somatic care is assessed by the zorgkantoor
        Advies advies = c.aanvraag().advies();
        if (f.gedragsproblematiek() == null) {
            b.add(Bevinding.nietVoldaan("M-04", "Het is nog niet vastgelegd of de aanvraag op gedragsproblematiek "
                    + "berust."));
        } else if (f.gedragsproblematiek()) {
            b.add(Bevinding.als(advies != null && advies.isVanCce() && advies.isVastgelegd(), "M-04",
                    "Het advies van het CCE over de gedragsproblematiek is vastgelegd.",
                    "Bij gedragsproblematiek is eerst het advies van het CCE nodig."));
        } else {
            b.add(Bevinding.voldaan("M-04", c.aanvraag().huisbezoekOp() != null
                    ? "Somatische zorg: beoordeeld door het zorgkantoor, met huisbezoek."
                    : "Somatische zorg: beoordeeld door het zorgkantoor zelf."));
        }

        // RULES M-06: a heraanvraag shows the results of the care given
        if (c.aanvraag().isHeraanvraag()) {
            b.add(Bevinding.als(Regelhulp.heeftDocument(c.aanvraag(), Documenttype.RESULTATEN_ZORG), "M-06",
                    "De resultaten van de geleverde meerzorg zijn bijgevoegd.",
                    "Een heraanvraag laat de resultaten van de geleverde zorg zien; dat document ontbreekt."));
        }

        // RULES M-08: cliëntondersteuning is always offered and recorded
        b.add(Bevinding.als(c.aanvraag().clientondersteuningAangebodenOp() != null, "M-08",
                "Onafhankelijke cliëntondersteuning is aangeboden.",
                "Het aanbod van onafhankelijke cliëntondersteuning is niet vastgelegd."));
        return b;
    }

    /** RULES I-04 / Rlz 2.2 lid 2: ventilation, or VG5/VG8 with permanent toezicht for heavy somatic problems. */
    static boolean viaLid2(Toetsingscontext c) {
        Zorgprofiel profiel = c.client().zorgprofiel();
        boolean vgMetToezicht = (profiel == VG5 || profiel == VG8)
                && Boolean.TRUE.equals(c.feiten().permanentToezichtSomatisch());
        return c.feiten().isBeademing() || vgMetToezicht
                || c.client().meerzorgSignaal();
    }

    @Override
    public List<Bevinding> toetsToekenning(Besluitvoorstel v, Periode periode, List<Besluitregel> regels,
                                           Toetsingscontext c, Tarieven tarieven) {
        List<Bevinding> b = new ArrayList<>();
        Zorgprofiel profiel = c.client().zorgprofiel();
        int maanden = v.maanden();
        // RULES M-05: 1, 2 or 3 years; v&v and ggz at most 12 months; longer only for an evident lasting need
        if (profiel != null && profiel.sector() != Sector.GHZ) {
            b.add(Bevinding.als(maanden <= 12, "M-05", "Looptijd " + maanden + " maanden (v&v en ggz: ten hoogste 12).",
                    "In de v&v en de ggz wordt meerzorg voor ten hoogste 12 maanden toegekend."));
        } else if (maanden != 12 && maanden != 24 && maanden != 36) {
            b.add(Bevinding.nietVoldaan("M-05", "Meerzorg wordt toegekend voor 1, 2 of 3 jaar."));
        } else {
            b.add(Bevinding.als(maanden == 12 || c.feiten().isDuurzameBehoefte(), "M-05",
                    "Looptijd " + maanden / 12 + " jaar.",
                    "Een looptijd langer dan een jaar vraagt een blijvende behoefte aan meerzorg."));
        }
        b.add(Regelhulp.regelsPerLeveringsvorm(regels, c.feiten().leveringsvormen(), false));
        // RULES B-05: meerzorg money is per client, never for a group
        b.add(Bevinding.als(Regelhulp.totaal(regels).isGroterDan(Bedrag.NUL), "B-05",
                "Het meerzorgbedrag geldt voor deze cliënt alleen.", "Een toekenning van meerzorg heeft een bedrag."));
        return b;
    }

    @Override
    public LocalDate heraanvraagdatum(Periode periode) {
        return periode.eind().minusMonths(HERAANVRAAG_MAANDEN_VOOR_EINDE); // RULES M-06
    }

    private static String label(Zorgprofiel profiel) {
        return profiel == null ? "(geen)" : profiel.label();
    }
}
