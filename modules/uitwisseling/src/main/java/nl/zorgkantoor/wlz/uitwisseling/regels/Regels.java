package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Xml;
import org.w3c.dom.Element;

/** Rules shared by several heenberichten; each method names its iWlz rule id. */
public final class Regels {

    /** TR008: the Klasse that belongs to each FunctieCode (iWlz-Xslt rules/TR008.xsl). */
    static final Map<String, Set<String>> KLASSEN_PER_FUNCTIE = Map.ofEntries(
            Map.entry("21", klassen("K", 1, 8, 1)), Map.entry("31", klassen("K", 1, 8, 1)),
            Map.entry("81", klassen("K", 1, 8, 1)), Map.entry("41", klassen("K", 0, 7, 1)),
            Map.entry("61", Set.of("99")), Map.entry("62", Set.of("99")), Map.entry("63", Set.of("99")),
            Map.entry("91", Set.of("99")), Map.entry("64", klassen("KD", 1, 9, 2)),
            Map.entry("82", klassen("KD", 1, 9, 2)), Map.entry("71", klassen("KE", 1, 7, 1)));

    /** CS074: the Klasse of a zorgzwaartepakket is one of KE4..KE7. */
    static final Set<String> ZZP_KLASSEN = Set.of("KE4", "KE5", "KE6", "KE7");

    private Regels() {
    }

    private static Set<String> klassen(String prefix, int van, int tot, int cijfers) {
        return java.util.stream.IntStream.rangeClosed(van, tot)
                .mapToObj(i -> prefix + String.format("%0" + cijfers + "d", i))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** CS002 (RULES X-04): the BSN passes the 11-proef, else S002 on the Client. */
    static boolean cs002(Element client, Bevindingen b) {
        if (!Bsn.isGeldig(Xml.tekst(client, "Bsn"))) {
            b.voegToe(client, "S002");
            return false;
        }
        return true;
    }

    /** TR002: the date of birth lies at most 120 years before the Dagtekening, else 9002 on the Client. */
    static void tr002(Element client, LocalDate dagtekening, Bevindingen b) {
        LocalDate geboren = Xml.datum(client, "Geboortedatum", "Datum");
        boolean onzeker = Xml.tekst(client, "Geboortedatum", "DatumGebruik") != null;
        if (geboren != null && !onzeker && geboren.isBefore(dagtekening.minusYears(120))) {
            b.voegToe(client, "9002");
        }
    }

    /** CS003: an Einddatum is never before its Ingangsdatum (or Begindatum), else S003 on the class. */
    static void cs003(Element klasse, String begin, String eind, Bevindingen b) {
        LocalDate ingang = Xml.datum(klasse, begin);
        LocalDate einde = Xml.datum(klasse, eind);
        if (ingang != null && einde != null && einde.isBefore(ingang)) {
            b.voegToe(klasse, "S003");
        }
    }

    /** TR008: the Klasse belongs to the FunctieCode, else 9008. */
    static void tr008(Element functie, Bevindingen b) {
        Set<String> toegestaan = KLASSEN_PER_FUNCTIE.get(Xml.tekst(functie, "FunctieCode"));
        String klasse = Xml.tekst(functie, "Klasse");
        if (toegestaan != null && klasse != null && !toegestaan.contains(klasse)) {
            b.voegToe(functie, "9008");
        }
    }

    /** CS074: a zorgzwaartepakket's Klasse, when given, is KE4..KE7, else S074. */
    static void cs074(Element zzp, Bevindingen b) {
        String klasse = Xml.tekst(zzp, "Klasse");
        if (klasse != null && !ZZP_KLASSEN.contains(klasse)) {
            b.voegToe(zzp, "S074");
        }
    }

    /** TR064: the Instelling of a delivered record is the Afzender, else 9064. */
    static void tr064(Element record, String afzender, Bevindingen b) {
        if (!afzender.equals(Xml.tekst(record, "Instelling"))) {
            b.voegToe(record, "9064");
        }
    }

    /** CS058: in AW35 and AW39 StatusAanlevering is 1 (eerste) or 3 (verwijderen), else S058. */
    static boolean cs058(Element record, Bevindingen b) {
        String status = Xml.tekst(record, "StatusAanlevering");
        if (!Aanleverstatus.EERSTE.equals(status) && !Aanleverstatus.VERWIJDEREN.equals(status)) {
            b.voegToe(record, "S058");
            return false;
        }
        return true;
    }

    /** CS127: care by an aanbieder is never reported for a pgb (Leveringsvorm 2) or a vkb (9), else S127. */
    static void cs127(Element record, Bevindingen b) {
        if (Set.of("2", "9").contains(Xml.tekst(record, "Leveringsvorm"))) {
            b.voegToe(record, "S127");
        }
    }

    /**
     * TR019: the melding relates to a zorgtoewijzing of the client. The exchange keys it on the client's
     * indicatiebesluit (Besluitnummer) and, for a zorgzwaartepakket, its ZzpCode; 9019 when there is none.
     */
    static void tr019(Element record, String bsn, Kennis kennis, Bevindingen b) {
        long besluitnummer = Long.parseLong(Xml.tekst(record, "Besluitnummer"));
        var zzp = kennis.zzpCodeVanBesluit(bsn, besluitnummer);
        String gemeld = Xml.tekst(record, "ZzpCode");
        if (zzp.isEmpty() || (gemeld != null && !gemeld.equals(zzp.get()))) {
            b.voegToe(record, "9019");
        }
    }

    /** The logical key of a delivered record: sender, client and the key fields of the record (iwlz.md §7). */
    static String sleutel(String afzender, String bsn, Element record, List<String> velden) {
        StringBuilder s = new StringBuilder(afzender).append('|').append(bsn).append('|').append(record.getLocalName());
        for (String veld : velden) {
            s.append('|').append(Xml.tekst(record, veld));
        }
        return s.toString();
    }
}
