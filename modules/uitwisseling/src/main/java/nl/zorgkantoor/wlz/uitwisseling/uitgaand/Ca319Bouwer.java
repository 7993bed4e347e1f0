package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the CA319 "wijzigingen zorglevering" to the CAK (iwlz.md §1): one client, each MutatieZorg under the
 * GeleverdeZorgID of the CA317 that announced the care (TR118), Mutatiecode 19 or 20 (CS067) and StatusAanlevering 1
 * for a new einde zorg or 3 for withdrawing one (CS125). Like the CA317 the header has no Ontvanger.
 */
final class Ca319Bouwer {

    /** One change of announced care. */
    record MutatieZorg(String id, String mutatiecode, LocalDate mutatiedatum, String statusAanlevering) {
    }

    private Ca319Bouwer() {
    }

    static String bouw(String identificatie, LocalDate dagtekening, String zorgkantoor, String bsn,
                       List<MutatieZorg> mutaties) {
        String regels = mutaties.stream().map(m -> """
                <ca319:MutatieZorg><ca319:MutatieZorgID>%s</ca319:MutatieZorgID><ca319:Mutatiecode>%s</ca319:Mutatiecode>\
                <ca319:Mutatiedatum>%s</ca319:Mutatiedatum><ca319:StatusAanlevering>%s</ca319:StatusAanlevering>\
                </ca319:MutatieZorg>""".formatted(m.id(), m.mutatiecode(), m.mutatiedatum(), m.statusAanlevering()))
                .collect(Collectors.joining());
        return """
                <ca319:Bericht xmlns:ca319="http://www.istandaarden.nl/iwlz/2_2/ca319/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">\
                <ca319:Header><ca319:BerichtCode>410</ca319:BerichtCode><ca319:BerichtVersie>5</ca319:BerichtVersie>\
                <ca319:BerichtSubversie>2</ca319:BerichtSubversie><ca319:Afzender>%s</ca319:Afzender>\
                <ca319:BerichtIdentificatie><iwlz:Identificatie>%s</iwlz:Identificatie><iwlz:Dagtekening>%s</iwlz:Dagtekening></ca319:BerichtIdentificatie>\
                <ca319:XsdVersie><iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie><iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie></ca319:XsdVersie>\
                </ca319:Header><ca319:Clienten><ca319:Client><ca319:Bsn>%s</ca319:Bsn><ca319:MutatiesZorg>%s</ca319:MutatiesZorg>\
                </ca319:Client></ca319:Clienten></ca319:Bericht>""".formatted(zorgkantoor, identificatie, dagtekening, bsn,
                regels);
    }
}
