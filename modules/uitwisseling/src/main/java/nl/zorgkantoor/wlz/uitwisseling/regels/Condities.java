package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Xml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The condities (CDnnn, "als X dan verplicht vullen, anders leeg laten") of the inbound heenberichten, as the
 * iWlz-Xslt 2.1.4 set checks them (wlz/2_2/condities/CDnnn.xsl with the helpers checkimplication, checksame and
 * checkempty of common/2_0/basis.xsl), and TR106 of AW39. A violated conditie gives Dnnn on the berichtklasse of
 * every element the rule names, as the XSLT reports its Locaties; the sets per message are those of iwlz.md §3.
 */
final class Condities {

    /** CS089: a Dutch postcode is four digits, the first not 0, and two capital letters, without a space. */
    private static final Pattern NL_POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private static final Set<String> VERBLIJF_OF_VPT = Set.of("4", "5");

    private final Berichtsoort soort;
    private final Bevindingen b;

    private Condities(Berichtsoort soort, Bevindingen b) {
        this.soort = soort;
        this.b = b;
    }

    /** All condities of the message type that apply inside one Client. */
    static void controleer(Berichtsoort soort, Element client, Bevindingen b) {
        Condities c = new Condities(soort, b);
        c.adressen(client);
        c.cd007(client);
        switch (soort) {
            case IO31 -> c.io31(client);
            case AW35 -> c.aw35(client);
            case AW39 -> c.aw39(client);
            default -> throw new IllegalArgumentException("Geen condities voor " + soort);
        }
    }

    private void io31(Element client) {
        for (Element contact : alle(client, "Contact")) {
            cd009(contact);
            cd034(contact);
        }
        for (Element relatie : alle(client, "Relatie")) {
            cd016(relatie);
            cd017(relatie);
        }
        alle(client, "GeindiceerdeFunctie").forEach(this::cd022);
        Xml.kind(client, "Indicatie").ifPresent(this::cd029);
        Xml.kind(client, "Wzd").ifPresent(this::cd070);
    }

    private void aw35(Element client) {
        for (Element zzp : alle(client, "GeleverdZorgzwaartepakket")) {
            cd004(zzp);
            cd051(zzp);
            cd072(zzp);
        }
    }

    private void aw39(Element client) {
        for (String naam : List.of("MutatieFunctie", "MutatieZorgzwaartepakket")) {
            alle(client, naam).forEach(this::cd020);
        }
        alle(client, "MutatieZorgzwaartepakket").forEach(this::cd090);
        List<Element> eerdere = new ArrayList<>();
        for (Element aanvraag : alle(client, "Aanvraag")) {
            cd047(aanvraag);
            Xml.kind(aanvraag, "BijzondereSituatie").ifPresent(this::cd048);
            cd050(aanvraag);
            cd051(aanvraag);
            cd052(aanvraag);
            cd072(aanvraag);
            cd073(aanvraag);
            cd074(aanvraag);
            for (Element instelling : Xml.pad(aanvraag, "AanvraagInstellingen", "AanvraagInstelling")) {
                cd040(aanvraag, instelling);
                tr106(aanvraag, instelling, eerdere);
                eerdere.add(instelling);
            }
        }
    }

    /**
     * CD005: Postcode and LandCode of an address come together (checkempty both ways). CD025: with LandCode NL the
     * Huisnummer is filled. CS089 rides along on the same walk: with LandCode NL the Postcode has the Dutch format
     * (S089 on the class of the Postcode).
     */
    private void adressen(Element client) {
        for (Element postcode : basis(client, "Postcode")) {
            Element landCode = basisKind((Element) postcode.getParentNode(), "LandCode");
            if (leeg(landCode) != leeg(postcode)) {
                fout("D005", postcode, landCode);
            }
        }
        for (Element landCode : basis(client, "LandCode")) {
            Element adres = (Element) landCode.getParentNode();
            if (basisKind(adres, "Postcode") == null && !leeg(landCode)) {
                fout("D005", landCode);
            }
            Element huis = basisKind(adres, "Huis");
            Element huisnummer = huis == null ? null : basisKind(huis, "Huisnummer");
            if ("NL".equals(waarde(landCode)) && leeg(huisnummer)) {
                fout("D025", landCode, huisnummer);
            }
            Element postcode = basisKind(adres, "Postcode");
            if ("NL".equals(waarde(landCode)) && !leeg(postcode) && !NL_POSTCODE.matcher(waarde(postcode)).matches()) {
                fout("S089", postcode);
            }
        }
    }

    /** CD007: the Taal is filled exactly when the Communicatie Vorm is 1 (tolk taal). */
    private void cd007(Element client) {
        for (Element vorm : basis(client, "Vorm")) {
            Element taal = basisKind((Element) vorm.getParentNode(), "Taal");
            if (!leeg(taal) != "1".equals(waarde(vorm))) {
                fout("D007", taal, vorm);
            }
        }
    }

    /** CD009 (IO31): a Contact with a Periode is of Soort 04 (tijdelijk verblijf). */
    private void cd009(Element contact) {
        Element periode = kind(contact, "Periode");
        if (periode != null && !"04".equals(waarde(kind(contact, "Soort")))) {
            fout("D009", periode, kind(contact, "Soort"));
        }
    }

    /** CD034 (IO31): an address of Soort 01 (BRP) or 03 (verblijf) has a Postcode. */
    private void cd034(Element contact) {
        Element adres = kind(contact, "Adres");
        if (adres != null && Set.of("01", "03").contains(waarde(kind(contact, "Soort")))
                && leeg(basisKind(adres, "Postcode"))) {
            fout("D034", kind(contact, "Soort"));
        }
    }

    /** CD016 (IO31): a Relatie that is not the partner (Soort 12) has a Volgorde. */
    private void cd016(Element relatie) {
        if (!"12".equals(waarde(kind(relatie, "Soort"))) && kind(relatie, "Volgorde") == null) {
            fout("D016", kind(relatie, "Soort"));
        }
    }

    /** CD017 (IO31): the partner (Soort 12) has a Geboortedatum. */
    private void cd017(Element relatie) {
        Element geboortedatum = kind(relatie, "Geboortedatum");
        if ("12".equals(waarde(kind(relatie, "Soort")))
                && leeg(geboortedatum == null ? null : basisKind(geboortedatum, "Datum"))) {
            fout("D017", kind(relatie, "Soort"));
        }
    }

    /** CD022 (IO31): Vervoer is given exactly for FunctieCode 64 (BH-GRP) and 82 (BG-GRP). */
    private void cd022(Element functie) {
        Element code = kind(functie, "FunctieCode");
        Element vervoer = kind(functie, "Vervoer");
        if (Set.of("64", "82").contains(waarde(code)) != (vervoer != null)) {
            fout("D022", code, vervoer);
        }
    }

    /**
     * CD029 (IO31): Grondslagen are given unless the indicatie is empty (negative) or only ZZP 999 (ZZP0): a grondslag
     * is what gives access to the Wlz (RULES I-03).
     */
    private void cd029(Element indicatie) {
        List<Element> zorg = new ArrayList<>(Xml.pad(indicatie, "GeindiceerdeFuncties", "GeindiceerdeFunctie"));
        Xml.pad(indicatie, "GeindiceerdeZorgzwaartepakketten", "GeindiceerdZorgzwaartepakket").stream()
                .filter(z -> !"999".equals(Xml.tekst(z, "ZzpCode"))).forEach(zorg::add);
        if (!zorg.isEmpty() && kind(indicatie, "Grondslagen") == null) {
            fout("D029", zorg.get(0));
        }
    }

    /** CD070 (IO31): WzdIngangsdatum and WzdEinddatum are given exactly when WzdVerklaring is 1 (art. 21). */
    private void cd070(Element wzd) {
        Element verklaring = basisKind(wzd, "WzdVerklaring");
        boolean opname = "1".equals(waarde(verklaring));
        for (String datum : List.of("WzdIngangsdatum", "WzdEinddatum")) {
            Element e = basisKind(wzd, datum);
            if (opname != (e != null)) {
                fout("D070", verklaring, e);
            }
        }
    }

    /** CD004 (AW35): a Sleuteldatum is given only with Leveringsvorm 4 (verblijf). */
    private void cd004(Element zzp) {
        Element sleuteldatum = kind(zzp, "Sleuteldatum");
        if (sleuteldatum != null && !"4".equals(waarde(kind(zzp, "Leveringsvorm")))) {
            fout("D004", sleuteldatum, kind(zzp, "Leveringsvorm"));
        }
    }

    /** CD051: the Klasse is filled exactly with Leveringsvorm 4 (verblijf) or 5 (vpt). */
    private void cd051(Element record) {
        gelijk("D051", kind(record, "Leveringsvorm"), VERBLIJF_OF_VPT, kind(record, "Klasse"));
    }

    /** CD072: Etmalen are given exactly with Leveringsvorm 8 (dtv). */
    private void cd072(Element record) {
        Element vorm = kind(record, "Leveringsvorm");
        Element etmalen = kind(record, "Etmalen");
        if ("8".equals(waarde(vorm)) != (etmalen != null)) {
            fout("D072", vorm, etmalen);
        }
    }

    /** CD020 (AW39): InstellingBestemming is given exactly with Mutatiecode 17 (overplaatsing) or 21 (overdracht). */
    private void cd020(Element mutatie) {
        Element code = kind(mutatie, "Mutatiecode");
        Element bestemming = kind(mutatie, "InstellingBestemming");
        if (Set.of("17", "21").contains(waarde(code)) != (bestemming != null)) {
            fout("D020", code, bestemming);
        }
    }

    /** CD090 (AW39): the LeveringsstatusClassificatie is filled exactly with Leveringsstatus 2, 3, 6 or 7. */
    private void cd090(Element mutatie) {
        gelijk("D090", kind(mutatie, "Leveringsstatus"), Set.of("2", "3", "6", "7"),
                kind(mutatie, "LeveringsstatusClassificatie"));
    }

    /** CD040 (AW39): with Leveringsvorm 2 (pgb) an AanvraagInstelling has no ToewijzingPercentage, else it has one. */
    private void cd040(Element aanvraag, Element instelling) {
        Element vorm = kind(aanvraag, "Leveringsvorm");
        Element percentage = kind(instelling, "ToewijzingPercentage");
        if ("2".equals(waarde(vorm)) != (percentage == null)) {
            fout("D040", vorm, percentage);
        }
    }

    /** CD047 (AW39): Doelmatig 2 (nee) requires a BijzondereSituatie. */
    private void cd047(Element aanvraag) {
        Element doelmatig = kind(aanvraag, "Doelmatig");
        if ("2".equals(waarde(doelmatig)) && kind(aanvraag, "BijzondereSituatie") == null) {
            fout("D047", doelmatig);
        }
    }

    /** CD048 (AW39): ToeslagOverig is filled exactly when neither ExtraKostenThuis nor ToeslagBeademing is. */
    private void cd048(Element situatie) {
        boolean anders = !leeg(basisKind(situatie, "ExtraKostenThuis")) || !leeg(basisKind(situatie, "ToeslagBeademing"));
        Element overig = basisKind(situatie, "ToeslagOverig");
        if (anders == !leeg(overig)) {
            fout("D048", overig != null ? overig : situatie);
        }
    }

    /** CD050 (AW39): CoordinatorZorgThuis is filled exactly with Leveringsvorm 7 (mpt). */
    private void cd050(Element aanvraag) {
        gelijk("D050", kind(aanvraag, "Leveringsvorm"), Set.of("7"), kind(aanvraag, "CoordinatorZorgThuis"));
    }

    /** CD052 (AW39): Opname (of the AanvraagInstelling) is filled exactly with Leveringsvorm 4 (verblijf) or 8 (dtv). */
    private void cd052(Element aanvraag) {
        List<Element> instellingen = Xml.pad(aanvraag, "AanvraagInstellingen", "AanvraagInstelling");
        Element opname = instellingen.stream().map(i -> kind(i, "Opname")).filter(o -> o != null).findFirst()
                .orElse(null);
        gelijk("D052", kind(aanvraag, "Leveringsvorm"), Set.of("4", "8"), opname);
    }

    /** CD073 (AW39): the Dossierhouder is filled exactly with Leveringsvorm 4, 5, 8 or 9. */
    private void cd073(Element aanvraag) {
        gelijk("D073", kind(aanvraag, "Leveringsvorm"), Set.of("4", "5", "8", "9"), kind(aanvraag, "Dossierhouder"));
    }

    /** CD074 (AW39): Verantwoord and Doelmatig are filled exactly with Leveringsvorm 7 (mpt) or 8 (dtv). */
    private void cd074(Element aanvraag) {
        gelijk("D074", kind(aanvraag, "Leveringsvorm"), Set.of("7", "8"), kind(aanvraag, "Verantwoord"));
        gelijk("D074", kind(aanvraag, "Leveringsvorm"), Set.of("7", "8"), kind(aanvraag, "Doelmatig"));
    }

    /**
     * TR106 (AW39): the same zorgzwaartepakket with the same Leveringsvorm and Soort may not be asked twice for the
     * same Instelling over overlapping periods (ToewijzingIngangsdatum..ToewijzingEinddatum, open = no end); 9106 on
     * the later AanvraagInstelling. The XSLT compares elements named Ingangsdatum/Einddatum, which an
     * AanvraagInstelling does not have, so it reports every repeat; we compare the periods the rule speaks of.
     */
    private void tr106(Element aanvraag, Element instelling, List<Element> eerdere) {
        for (Element ander : eerdere) {
            Element andereAanvraag = (Element) ander.getParentNode().getParentNode();
            if (zelfde(instelling, ander, "Instelling") && zelfde(instelling, ander, "Soort")
                    && zelfde(aanvraag, andereAanvraag, "ZzpCode") && zelfde(aanvraag, andereAanvraag, "Leveringsvorm")
                    && overlapt(instelling, ander)) {
                b.voegToe(instelling, "9106");
                return;
            }
        }
    }

    private static boolean overlapt(Element een, Element ander) {
        LocalDate begin1 = Xml.datum(een, "ToewijzingIngangsdatum");
        LocalDate begin2 = Xml.datum(ander, "ToewijzingIngangsdatum");
        LocalDate eind1 = Xml.datum(een, "ToewijzingEinddatum");
        LocalDate eind2 = Xml.datum(ander, "ToewijzingEinddatum");
        return (eind2 == null || !begin1.isAfter(eind2)) && (eind1 == null || !begin2.isAfter(eind1));
    }

    private static boolean zelfde(Element een, Element ander, String naam) {
        return Objects.equals(Xml.tekst(een, naam), Xml.tekst(ander, naam));
    }

    /** checksame: the Leveringsvorm is one of {@code vormen} exactly when {@code other} is filled. */
    private void gelijk(String code, Element vorm, Set<String> vormen, Element other) {
        if (vormen.contains(waarde(vorm)) == leeg(other)) {
            fout(code, vorm, other);
        }
    }

    /** The code on the berichtklasse of each element the rule names (absent ones are skipped). */
    private void fout(String code, Element... elementen) {
        for (Element e : elementen) {
            if (e != null) {
                b.voegToe(klasse(e), code);
            }
        }
    }

    /** The nearest berichtklasse (an element of the message that gets RetourCodes in the retour) around e. */
    private Element klasse(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (soort.namespace().equals(el.getNamespaceURI()) && soort.klassen().contains(el.getLocalName())
                    && heeftElementen(el)) {
                return el;
            }
        }
        throw new IllegalStateException(e.getLocalName() + " ligt niet in een berichtklasse");
    }

    private static boolean heeftElementen(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** All elements of the message namespace with this name inside {@code ouder}. */
    private List<Element> alle(Element ouder, String naam) {
        return lijst(ouder.getElementsByTagNameNS(soort.namespace(), naam));
    }

    private static List<Element> basis(Element ouder, String naam) {
        return lijst(ouder.getElementsByTagNameNS(Berichtsoort.BASIS_NAMESPACE, naam));
    }

    private static List<Element> lijst(org.w3c.dom.NodeList nodes) {
        List<Element> lijst = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            lijst.add((Element) nodes.item(i));
        }
        return lijst;
    }

    /** A direct child in the message namespace, or null. */
    private Element kind(Element ouder, String naam) {
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName()) && soort.namespace().equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** A direct child in the basisschema namespace (the parts of a CDT_* type), or null. */
    private static Element basisKind(Element ouder, String naam) {
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())
                    && Berichtsoort.BASIS_NAMESPACE.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static String waarde(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    private static boolean leeg(Element e) {
        return e == null || e.getTextContent().isBlank();
    }
}
