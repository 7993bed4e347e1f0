package nl.zorgkantoor.wlz.toezicht.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * RULES W-07: a resultaatuitspraak per zorgplicht principle (tijdigheid, keuzevrijheid, passende zorg; of equal
 * weight, 004 L491-501) and overall, each with the figures and reasoning behind it; and RULES W-06: the thresholds
 * crossed, which become proposed meldingen to the NZa. The thresholds are configuration (table melddrempel).
 */
public final class Resultaatuitspraak {

    public static final String URGENT_BUITEN_NORM_PCT = "URGENT_BUITEN_NORM_PCT";
    public static final String ACTIEF_BUITEN_NORM_PCT = "ACTIEF_BUITEN_NORM_PCT";
    public static final String ZONDER_OVERBRUGGING = "ZONDER_OVERBRUGGING";
    public static final String VOORKEUR_MIN_PCT = "VOORKEUR_MIN_PCT";

    /** Ordered from good to bad; the overall verdict is the worst of the three. */
    public enum Oordeel {
        VOLDAAN("Voldaan"), ONDER_DRUK("Onder druk"), NIET_VOLDAAN("Niet voldaan"),
        NIET_TE_BEOORDELEN("Niet te beoordelen");

        private final String tekst;

        Oordeel(String tekst) {
            this.tekst = tekst;
        }

        public String tekst() {
            return tekst;
        }
    }

    /** The figures the verdict rests on, all for one region (or the nation) on one peildatum. */
    public record Invoer(long urgent, long urgentBuitenNorm, long actief, long actiefBuitenNorm,
                         long opnames, long opnamesBijVoorkeur, long bovenNormZonderOverbrugging) {
    }

    public record Uitspraak(String uitgangspunt, Oordeel oordeel, String onderbouwing) {
    }

    /** A threshold crossed (W-06). */
    public record Overschrijding(String indicator, BigDecimal waarde, BigDecimal drempel, String toelichting) {
    }

    private final Map<String, BigDecimal> drempels;

    public Resultaatuitspraak(Map<String, BigDecimal> drempels) {
        for (String d : List.of(URGENT_BUITEN_NORM_PCT, ACTIEF_BUITEN_NORM_PCT, ZONDER_OVERBRUGGING, VOORKEUR_MIN_PCT)) {
            if (!drempels.containsKey(d)) {
                throw new IllegalArgumentException("Drempel " + d + " ontbreekt in de configuratie (melddrempel)");
            }
        }
        this.drempels = Map.copyOf(drempels);
    }

    public List<Uitspraak> beoordeel(Invoer in) {
        List<Uitspraak> uitspraken = new ArrayList<>();
        uitspraken.add(tijdigheid(in));
        uitspraken.add(keuzevrijheid(in));
        uitspraken.add(passendeZorg(in));
        Oordeel totaal = uitspraken.stream().map(Uitspraak::oordeel)
                .filter(o -> o != Oordeel.NIET_TE_BEOORDELEN)
                .max(Comparator.naturalOrder()).orElse(Oordeel.NIET_TE_BEOORDELEN);
        uitspraken.add(new Uitspraak("Zorgplicht totaal", totaal,
                "Het zwaarste oordeel van de drie gelijkwaardige uitgangspunten (004 L491-501)."));
        return uitspraken;
    }

    /** RULES W-06: every threshold the figures cross. */
    public List<Overschrijding> overschrijdingen(Invoer in) {
        List<Overschrijding> uit = new ArrayList<>();
        if (!Celopmaak.onderdrukt(in.urgent()) && in.urgent() > 0) {
            BigDecimal pct = Celopmaak.procent(in.urgentBuitenNorm(), in.urgent());
            if (pct.compareTo(drempels.get(URGENT_BUITEN_NORM_PCT)) > 0) {
                uit.add(new Overschrijding(URGENT_BUITEN_NORM_PCT, pct, drempels.get(URGENT_BUITEN_NORM_PCT),
                        "Urgent plaatsen: " + pct.toPlainString() + "% wacht langer dan de streefnorm"));
            }
        }
        if (!Celopmaak.onderdrukt(in.actief()) && in.actief() > 0) {
            BigDecimal pct = Celopmaak.procent(in.actiefBuitenNorm(), in.actief());
            if (pct.compareTo(drempels.get(ACTIEF_BUITEN_NORM_PCT)) > 0) {
                uit.add(new Overschrijding(ACTIEF_BUITEN_NORM_PCT, pct, drempels.get(ACTIEF_BUITEN_NORM_PCT),
                        "Actief plaatsen: " + pct.toPlainString() + "% wacht langer dan de streefnorm"));
            }
        }
        BigDecimal zonder = BigDecimal.valueOf(in.bovenNormZonderOverbrugging());
        if (zonder.compareTo(drempels.get(ZONDER_OVERBRUGGING)) > 0) {
            uit.add(new Overschrijding(ZONDER_OVERBRUGGING, zonder, drempels.get(ZONDER_OVERBRUGGING),
                    in.bovenNormZonderOverbrugging() + " cliënten wachten langer dan de norm zonder overbruggingszorg"));
        }
        return uit;
    }

    private Uitspraak tijdigheid(Invoer in) {
        long basis = in.urgent() + in.actief();
        if (basis == 0 || Celopmaak.onderdrukt(basis)) {
            return new Uitspraak("Tijdigheid", Oordeel.NIET_TE_BEOORDELEN,
                    "Minder dan 5 cliënten met urgent of actief plaatsen.");
        }
        List<Overschrijding> over = overschrijdingen(in);
        boolean urgent = over.stream().anyMatch(o -> o.indicator().equals(URGENT_BUITEN_NORM_PCT));
        boolean actief = over.stream().anyMatch(o -> o.indicator().equals(ACTIEF_BUITEN_NORM_PCT));
        String cijfers = "Urgent buiten norm: " + tekst(in.urgentBuitenNorm(), in.urgent())
                + "; actief buiten norm: " + tekst(in.actiefBuitenNorm(), in.actief()) + ".";
        Oordeel oordeel = urgent ? Oordeel.NIET_VOLDAAN : actief ? Oordeel.ONDER_DRUK : Oordeel.VOLDAAN;
        return new Uitspraak("Tijdigheid", oordeel, cijfers + " Drempels: urgent "
                + drempels.get(URGENT_BUITEN_NORM_PCT).toPlainString() + "%, actief "
                + drempels.get(ACTIEF_BUITEN_NORM_PCT).toPlainString() + "%.");
    }

    private Uitspraak keuzevrijheid(Invoer in) {
        if (in.opnames() == 0 || Celopmaak.onderdrukt(in.opnames())) {
            return new Uitspraak("Keuzevrijheid", Oordeel.NIET_TE_BEOORDELEN, "Minder dan 5 opnames in twaalf maanden.");
        }
        BigDecimal pct = Celopmaak.procent(in.opnamesBijVoorkeur(), in.opnames());
        BigDecimal min = drempels.get(VOORKEUR_MIN_PCT);
        Oordeel oordeel = pct.compareTo(min) >= 0 ? Oordeel.VOLDAAN
                : pct.compareTo(min.divide(BigDecimal.valueOf(2))) >= 0 ? Oordeel.ONDER_DRUK : Oordeel.NIET_VOLDAAN;
        return new Uitspraak("Keuzevrijheid", oordeel, "Opnames bij de voorkeursaanbieder: "
                + tekst(in.opnamesBijVoorkeur(), in.opnames()) + "; norm minstens " + min.toPlainString()
                + "% (landelijke referentie circa 50%, 004 L534-542).");
    }

    private Uitspraak passendeZorg(Invoer in) {
        long zonder = in.bovenNormZonderOverbrugging();
        BigDecimal drempel = drempels.get(ZONDER_OVERBRUGGING);
        Oordeel oordeel = BigDecimal.valueOf(zonder).compareTo(drempel) > 0 ? Oordeel.NIET_VOLDAAN
                : zonder > 0 ? Oordeel.ONDER_DRUK : Oordeel.VOLDAAN;
        String aantal = Celopmaak.onderdrukt(zonder) ? Celopmaak.ONDERDRUKT : Long.toString(zonder);
        return new Uitspraak("Passende zorg", oordeel, "Wachtend boven de streefnorm zonder overbruggingszorg: "
                + aantal + " (drempel " + drempel.toPlainString() + ").");
    }

    private static String tekst(long deel, long basis) {
        if (Celopmaak.onderdrukt(basis)) {
            return Celopmaak.ONDERDRUKT;
        }
        return Celopmaak.aandeel(deel, basis).tekst() + " van " + Celopmaak.aantal(basis).tekst();
    }
}
