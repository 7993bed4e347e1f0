package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the CA317 "melden aanvang zorglevering" to the CAK (iwlz.md §1): one client, its newly started care from a
 * processed AW35, each GeleverdeZorg under its own UUID (GeleverdeZorgID, the key a later CA319 refers to, TR118).
 * The CA317 header has no Ontvanger: the CAK is the only receiver.
 */
final class Ca317Bouwer {

    /** One started zorgzwaartepakket as the AW35 reported it (StatusAanlevering 1, CS125). */
    record GeleverdeZorg(String id, LocalDate startdatum, String zzpCode, String instelling, String klasse,
                         String leveringsvorm) {
    }

    private Ca317Bouwer() {
    }

    static String bouw(String identificatie, LocalDate dagtekening, String zorgkantoor, String bsn,
                       List<GeleverdeZorg> zorg) {
        String regels = zorg.stream().map(z -> """
                <ca317:GeleverdeZorg><ca317:GeleverdeZorgID>%s</ca317:GeleverdeZorgID><ca317:Startdatum>%s</ca317:Startdatum>\
                <ca317:ZzpCode>%s</ca317:ZzpCode>%s%s<ca317:Leveringsvorm>%s</ca317:Leveringsvorm>\
                <ca317:StatusAanlevering>1</ca317:StatusAanlevering></ca317:GeleverdeZorg>""".formatted(z.id(),
                z.startdatum(), z.zzpCode(), z.instelling() == null ? "" : "<ca317:Instelling>" + z.instelling() + "</ca317:Instelling>",
                z.klasse() == null ? "" : "<ca317:Klasse>" + z.klasse() + "</ca317:Klasse>", z.leveringsvorm()))
                .collect(Collectors.joining());
        return """
                <ca317:Bericht xmlns:ca317="http://www.istandaarden.nl/iwlz/2_2/ca317/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">\
                <ca317:Header><ca317:BerichtCode>406</ca317:BerichtCode><ca317:BerichtVersie>5</ca317:BerichtVersie>\
                <ca317:BerichtSubversie>2</ca317:BerichtSubversie><ca317:Afzender>%s</ca317:Afzender>\
                <ca317:BerichtIdentificatie><iwlz:Identificatie>%s</iwlz:Identificatie><iwlz:Dagtekening>%s</iwlz:Dagtekening></ca317:BerichtIdentificatie>\
                <ca317:XsdVersie><iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie><iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie></ca317:XsdVersie>\
                </ca317:Header><ca317:Clienten><ca317:Client><ca317:Bsn>%s</ca317:Bsn><ca317:ZorgLeveringen>%s</ca317:ZorgLeveringen>\
                </ca317:Client></ca317:Clienten></ca317:Bericht>""".formatted(zorgkantoor, identificatie, dagtekening, bsn,
                regels);
    }
}
