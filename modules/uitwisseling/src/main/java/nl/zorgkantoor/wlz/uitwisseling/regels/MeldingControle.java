package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rules of the zorgaanbieder's meldingen: AW35 (melding aanvang zorg) and AW39 (mutaties in de zorglevering),
 * iwlz.md §3, including the stateful TR019 and StatusAanlevering history (TR063, TR074).
 */
public final class MeldingControle {

    /** TR046: the Leveringsstatus allowed with each Mutatiecode (iwlz.md §1b). */
    static final Map<String, Set<String>> STATUS_PER_MUTATIECODE = Map.of(
            "12", Set.of("3", "5"), "17", Set.of("5"), "18", Set.of("2", "6", "7"), "19", Set.of("5"),
            "20", Set.of("2", "3", "6", "7"), "21", Set.of("5"));

    /** TR041: the Mutatiecodes an Aanvraag may accompany. */
    private static final Set<String> AANVRAAG_MUTATIECODES = Set.of("12", "18", "19");

    private static final List<String> SLEUTEL_AW35 = List.of("Besluitnummer", "FunctieCode", "ZzpCode",
            "ToewijzingIngangsdatum", "Begindatum", "Instelling");
    private static final List<String> SLEUTEL_AW39 = List.of("Besluitnummer", "FunctieCode", "ZzpCode",
            "ToewijzingIngangsdatum", "Instelling", "Mutatiecode", "Mutatiedatum");

    private MeldingControle() {
    }

    public static Uitkomst controleer(Berichtsoort soort, Document doc, Kop kop, Kennis kennis) {
        Uitkomst uitkomst = new Uitkomst();
        var b = uitkomst.bevindingen();
        Map<String, String> indienBericht = new HashMap<>();
        Set<String> regels = new java.util.HashSet<>();
        for (Element client : Xml.pad(doc.getDocumentElement(), "Clienten", "Client")) {
            boolean bsnGeldig = Regels.cs002(client, b);
            Regels.tr002(client, kop.dagtekening(), b);
            Condities.controleer(soort, client, b);
            String bsn = Xml.tekst(client, "Bsn");
            List<Element> records = records(soort, client);
            if (soort == Berichtsoort.AW35 && records.isEmpty()) {
                b.voegToe(client, "9039"); // TR039: at least one delivered zorgeenheid
            }
            if (soort == Berichtsoort.AW39 && records.isEmpty() && Xml.pad(client, "Aanvragen", "Aanvraag").isEmpty()) {
                b.voegToe(client, "9040"); // TR040: at least one mutatie or Aanvraag
            }
            if (soort == Berichtsoort.AW39) {
                tr041(client, records, uitkomst);
            }
            boolean bekend = bsnGeldig && kennis.clientBekend(bsn);
            if (bsnGeldig && !bekend) {
                b.voegToe(client, "0448"); // the client cannot be identified
            }
            for (Element record : records) {
                // TR101: a record identical to an earlier one of the same client in this message gets 9101, and only
                // that: it is the duplicate, not a second delivery of the key (which TR074 would answer with 9074)
                if (!regels.add(bsn + '|' + inhoud(record))) {
                    b.voegToe(record, "9101");
                    continue;
                }
                Regels.tr064(record, kop.afzender(), b);
                boolean statusGeldig = Regels.cs058(record, b);
                if (record.getLocalName().endsWith("Zorgzwaartepakket")) {
                    Regels.cs127(record, b);
                }
                if (soort == Berichtsoort.AW35 && "GeleverdZorgzwaartepakket".equals(record.getLocalName())) {
                    Regels.cs074(record, b);
                }
                if (soort == Berichtsoort.AW39) {
                    tr018(record, uitkomst);
                    if ("MutatieZorgzwaartepakket".equals(record.getLocalName())) {
                        tr046(record, uitkomst);
                    }
                }
                if (bekend) {
                    Regels.tr019(record, bsn, kennis, b);
                }
                if (bsnGeldig && statusGeldig) {
                    String sleutel = Regels.sleutel(kop.afzender(), bsn, record,
                            soort == Berichtsoort.AW35 ? SLEUTEL_AW35 : SLEUTEL_AW39);
                    String status = Xml.tekst(record, "StatusAanlevering");
                    Optional<String> eerder = indienBericht.containsKey(sleutel)
                            ? Optional.of(indienBericht.get(sleutel)) : kennis.aanleverstatus(sleutel);
                    Aanleverstatus.controleer(status, eerder).ifPresentOrElse(code -> b.voegToe(record, code), () -> {
                        indienBericht.put(sleutel, status);
                        uitkomst.aanlevering(new Uitkomst.Aanlevering(client, record, sleutel, status));
                    });
                }
            }
        }
        return uitkomst;
    }

    private static List<Element> records(Berichtsoort soort, Element client) {
        List<Element> records = new java.util.ArrayList<>();
        if (soort == Berichtsoort.AW35) {
            records.addAll(Xml.pad(client, "GeleverdeFuncties", "GeleverdeFunctie"));
            records.addAll(Xml.pad(client, "GeleverdeZorgzwaartepakketten", "GeleverdZorgzwaartepakket"));
        } else {
            records.addAll(Xml.pad(client, "MutatieFuncties", "MutatieFunctie"));
            records.addAll(Xml.pad(client, "MutatieZorgzwaartepakketten", "MutatieZorgzwaartepakket"));
        }
        return records;
    }

    /** The content of a record as one string: element names and values in document order (TR101 "dubbele regel"). */
    static String inhoud(Element record) {
        StringBuilder s = new StringBuilder(record.getLocalName()).append('{');
        for (org.w3c.dom.Node n = record.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                s.append(!heeftElement(e)
                        ? e.getLocalName() + '=' + e.getTextContent().trim() : inhoud(e)).append(';');
            }
        }
        return s.append('}').toString();
    }

    private static boolean heeftElement(Element e) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /**
     * TR041: an Aanvraag (aangepaste toewijzing) goes only with a mutatie of Mutatiecode 12 (cliënt wil zorg nog niet),
     * 18 (aanbieder kan nog niet leveren) or 19 (beëindigd, toewijzing sluiten); a mutatie of the client with another
     * code gives 9041 on every Aanvraag (iwlz.md §4). An Aanvraag without mutaties is allowed (TR040).
     */
    static void tr041(Element client, List<Element> mutaties, Uitkomst uitkomst) {
        boolean andereCode = mutaties.stream()
                .anyMatch(m -> !AANVRAAG_MUTATIECODES.contains(Xml.tekst(m, "Mutatiecode")));
        if (andereCode) {
            Xml.pad(client, "Aanvragen", "Aanvraag").forEach(a -> uitkomst.bevindingen().voegToe(a, "9041"));
        }
    }

    /** TR018: the Mutatiedatum is not before the Begindatum, else 9018. */
    static void tr018(Element mutatie, Uitkomst uitkomst) {
        var begin = Xml.datum(mutatie, "Begindatum");
        var mutatiedatum = Xml.datum(mutatie, "Mutatiedatum");
        if (begin != null && mutatiedatum != null && mutatiedatum.isBefore(begin)) {
            uitkomst.bevindingen().voegToe(mutatie, "9018");
        }
    }

    /** TR046: the Leveringsstatus is allowed with the Mutatiecode, else 9046. */
    static void tr046(Element mutatie, Uitkomst uitkomst) {
        Set<String> toegestaan = STATUS_PER_MUTATIECODE.get(Xml.tekst(mutatie, "Mutatiecode"));
        if (toegestaan != null && !toegestaan.contains(Xml.tekst(mutatie, "Leveringsstatus"))) {
            uitkomst.bevindingen().voegToe(mutatie, "9046");
        }
    }
}
