package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.util.Map;

/**
 * The meaning of a retour code in words, for people reading the message log. Texts of the iWlz 2.2 code list
 * (LDT_RetourCode) and the rule catalogue of iWlz-Xslt (wlz/2_2/common/basis.xsl), as summarised in
 * shared/domain/iwlz.md §3; a 9nnn/Dnnn/Snnn code without a known text is still explained by its rule id.
 */
public final class Retourcodes {

    private static final Map<String, String> VAST = Map.ofEntries(
            Map.entry("0001", "Bericht is afgekeurd om technische redenen."),
            Map.entry("0200", "Geen opmerking over deze berichtklasse."),
            Map.entry("0233", "Berichtklasse is niet beoordeeld."),
            Map.entry("0328", "Cliënt is uitgeschreven wegens overlijden."),
            Map.entry("0448", "Cliënt kan niet geïdentificeerd worden."),
            Map.entry("0699", "Startdatum levering ontbreekt of is onjuist."),
            Map.entry("0700", "Startdatum van de te verwijderen MAZ ligt meer dan een jaar in het verleden."),
            Map.entry("0701", "Startdatum van de nieuwe MAZ ligt in een aanwezige MAZ-MUT-periode."),
            Map.entry("0702", "Startdatum van de nieuwe MAZ is al eerder aangeleverd met deels andere sleutelgegevens."),
            Map.entry("1156", "Mutatiedatum ontbreekt of is onjuist."),
            Map.entry("1160", "Mutatiedatum van de te verwijderen MUT ligt meer dan een jaar in het verleden."),
            Map.entry("1161", "Mutatiedatum van de nieuwe MUT valt na de startdatum van de tweede MAZ."));

    /** Rule texts by rule id (TRnnn, CDnnn, CSnnn). */
    private static final Map<String, String> REGELS = Map.ofEntries(
            Map.entry("TR002", "geboortedatum ligt hoogstens 120 jaar voor de dagtekening"),
            Map.entry("TR008", "de klasse hoort bij de functiecode"),
            Map.entry("TR016", "de zorgtoewijzing valt binnen de geldigheid van de indicatie"),
            Map.entry("TR018", "de mutatiedatum ligt niet voor de begindatum"),
            Map.entry("TR019", "de melding hoort bij een zorgtoewijzing (sleutelvelden)"),
            Map.entry("TR039", "bij een cliënt minstens één geleverde zorgeenheid"),
            Map.entry("TR040", "bij een cliënt minstens één mutatie of aanvraag"),
            Map.entry("TR042", "de AGB-code is geldig"),
            Map.entry("TR046", "de leveringsstatus is toegestaan bij de mutatiecode"),
            Map.entry("TR056", "de Identificatie is per berichtsoort uniek voor de afzender"),
            Map.entry("TR061", "de cliënt heeft een BRP- of verblijfsadres"),
            Map.entry("TR063", "verwijderen (StatusAanlevering 3) vereist een eerdere aanlevering met dezelfde sleutel"),
            Map.entry("TR064", "de instelling is de afzender"),
            Map.entry("TR074", "een eerste aanlevering (StatusAanlevering 1) heeft een unieke sleutel"),
            Map.entry("TR079", "opvolgende indicatiebesluiten zijn opvolgend genummerd"),
            Map.entry("TR101", "dubbele regels binnen een bericht zijn niet toegestaan"),
            Map.entry("TR103", "een wijziging (StatusAanlevering 2) vereist een eerdere eerste aanlevering"),
            Map.entry("TR104", "een verwijderde aanlevering kan niet gewijzigd worden"),
            Map.entry("TR106", "geen overlappende perioden voor dezelfde zorgeenheid, leveringsvorm en aanbieder"),
            Map.entry("TR118", "MutatieZorgID hoort bij het GeleverdeZorgID van een actuele melding aan het CAK"),
            Map.entry("CD004", "een sleuteldatum alleen bij verblijf"),
            Map.entry("CD005", "postcode en landcode van een adres komen samen"),
            Map.entry("CD007", "de taal precies bij communicatievorm 1 (tolk taal)"),
            Map.entry("CD009", "een periode alleen bij een tijdelijk verblijfsadres (04)"),
            Map.entry("CD016", "een relatie die niet de partner is heeft een volgorde"),
            Map.entry("CD017", "de partner heeft een geboortedatum"),
            Map.entry("CD020", "een instelling van bestemming precies bij mutatiecode 17 of 21"),
            Map.entry("CD022", "vervoer precies bij functiecode 64 of 82"),
            Map.entry("CD025", "bij landcode NL is het huisnummer verplicht"),
            Map.entry("CD029", "grondslagen verplicht, tenzij het besluit negatief is of alleen ZZP 999 bevat"),
            Map.entry("CD034", "een BRP- of verblijfsadres heeft een postcode"),
            Map.entry("CD040", "bij leveringsvorm pgb geen instelling en percentage, anders verplicht"),
            Map.entry("CD047", "niet doelmatig vereist een bijzondere situatie"),
            Map.entry("CD048", "toeslag overig precies als extra kosten thuis en toeslag beademing leeg zijn"),
            Map.entry("CD050", "een coördinator zorg thuis precies bij mpt"),
            Map.entry("CD070", "Wzd-datums precies bij Wzd-verklaring 1"),
            Map.entry("CD072", "etmalen precies bij dtv"),
            Map.entry("CD074", "verantwoord en doelmatig precies bij mpt of dtv"),
            Map.entry("CD051", "de klasse precies bij verblijf of vpt"),
            Map.entry("CD052", "bij verblijf of dtv is opname verplicht"),
            Map.entry("CD073", "bij verblijf, vpt of dtv is de dossierhouder verplicht"),
            Map.entry("CD090", "bij leveringsstatus 2, 3, 6 of 7 is de classificatie verplicht"),
            Map.entry("CS002", "het BSN voldoet aan de elfproef"),
            Map.entry("CS003", "de einddatum ligt niet voor de begindatum"),
            Map.entry("CS058", "StatusAanlevering is 1 of 3"),
            Map.entry("CS074", "klasse KE4 tot en met KE7"),
            Map.entry("CS113", "soort indicatie is 1 of 4"),
            Map.entry("CS125", "StatusAanlevering is 1, 2 of 3"),
            Map.entry("CS127", "leveringsvorm 2 (pgb) en 9 (vkb) zijn niet toegestaan"));

    private Retourcodes() {
    }

    public static String omschrijving(String code) {
        String vast = VAST.get(code);
        if (vast != null) {
            return vast;
        }
        if (code.matches("9[0-9]{3}")) {
            return regel("technische regel", "TR" + code.substring(1));
        }
        if (code.matches("D[0-9]{3}")) {
            return regel("conditie", "CD" + code.substring(1));
        }
        if (code.matches("S[0-9]{3}")) {
            return regel("constraint", "CS" + code.substring(1));
        }
        return "Onbekende retourcode.";
    }

    private static String regel(String soort, String id) {
        String tekst = REGELS.get(id);
        return "Bericht voldoet niet aan " + soort + " " + id + (tekst == null ? "." : ": " + tekst + ".");
    }
}
