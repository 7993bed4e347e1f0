package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Writes the AW317 "uitvoeringsgegevens Wlz-zorg" to the Zorginstituut (iwlz.md §1): per client of the region the
 * indicatiebesluit he waits under and, per waiting-list entry, a WachtlijstZorgzwaartepakket with every
 * leveringsstatus that held during the Periode in the header. The header has no Ontvanger: the Zorginstituut is the
 * only receiver. The rows come sorted per client, besluit, entry and status date from one query
 * ({@link Uitvoeringsgegevens}); this class only groups them.
 */
final class Aw317Bouwer {

    /** One leveringsstatus of a waiting-list entry, with the client and the besluit it belongs to. */
    record Regel(String bsn, String geslacht, LocalDate geboortedatum, long besluitnummer, LocalDate afgiftedatum,
                 LocalDate ingangsdatum, LocalDate einddatum, String grondslag1, String grondslag2,
                 String leveringsvormVoorkeur, long inschrijving, LocalDate inschrijvingIngang, String zorgprofiel,
                 String status, String classificatie, String aanbieder, LocalDate statusIngang) {
    }

    private Aw317Bouwer() {
    }

    static String bouw(String identificatie, LocalDate dagtekening, String zorgkantoor, LocalDate begin,
                       LocalDate eind, List<Regel> regels) {
        StringBuilder clienten = new StringBuilder();
        for (List<Regel> client : groepeer(regels, Regel::bsn)) {
            Regel c = client.get(0);
            clienten.append("<aw317:Client><aw317:Bsn>").append(c.bsn()).append("</aw317:Bsn><aw317:Geslacht>")
                    .append(geslacht(c.geslacht())).append("</aw317:Geslacht><aw317:Geboortejaar>")
                    .append(c.geboortedatum().getYear()).append("</aw317:Geboortejaar>")
                    .append("<aw317:LandCode>NL</aw317:LandCode><aw317:Indicaties>");
            for (List<Regel> besluit : groepeer(client, Regel::besluitnummer)) {
                indicatie(clienten, besluit);
            }
            clienten.append("</aw317:Indicaties></aw317:Client>");
        }
        return """
                <aw317:Bericht xmlns:aw317="http://www.istandaarden.nl/iwlz/2_2/aw317/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">\
                <aw317:Header><aw317:BerichtCode>404</aw317:BerichtCode><aw317:BerichtVersie>5</aw317:BerichtVersie>\
                <aw317:BerichtSubversie>2</aw317:BerichtSubversie><aw317:Afzender>%s</aw317:Afzender>\
                <aw317:Periode><iwlz:Begindatum>%s</iwlz:Begindatum><iwlz:Einddatum>%s</iwlz:Einddatum></aw317:Periode>\
                <aw317:BerichtIdentificatie><iwlz:Identificatie>%s</iwlz:Identificatie><iwlz:Dagtekening>%s</iwlz:Dagtekening></aw317:BerichtIdentificatie>\
                <aw317:XsdVersie><iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie><iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie></aw317:XsdVersie>\
                </aw317:Header><aw317:Clienten>%s</aw317:Clienten></aw317:Bericht>""".formatted(zorgkantoor, begin, eind,
                identificatie, dagtekening, clienten);
    }

    private static void indicatie(StringBuilder s, List<Regel> besluit) {
        Regel b = besluit.get(0);
        s.append("<aw317:Indicatie><aw317:VolgnummerIndicatie>").append(b.besluitnummer())
                .append("</aw317:VolgnummerIndicatie><aw317:Soort>1</aw317:Soort>");
        if (b.grondslag1() != null) {
            s.append("<aw317:Grondslagen><iwlz:Grondslag01>").append(b.grondslag1()).append("</iwlz:Grondslag01>");
            if (b.grondslag2() != null) {
                s.append("<iwlz:Grondslag02>").append(b.grondslag2()).append("</iwlz:Grondslag02>");
            }
            s.append("</aw317:Grondslagen>");
        }
        // an indicatiebesluit of before the IO31 kept its Afgiftedatum has none: its Ingangsdatum is the best date
        s.append("<aw317:Afgiftedatum>").append(b.afgiftedatum() != null ? b.afgiftedatum() : b.ingangsdatum())
                .append("</aw317:Afgiftedatum><aw317:Ingangsdatum>").append(b.ingangsdatum())
                .append("</aw317:Ingangsdatum>");
        if (b.einddatum() != null) {
            s.append("<aw317:Einddatum>").append(b.einddatum()).append("</aw317:Einddatum>");
        }
        s.append("<aw317:WachtlijstZorgzwaartepakketten>");
        for (List<Regel> inschrijving : groepeer(besluit, Regel::inschrijving)) {
            wachtlijst(s, inschrijving);
        }
        s.append("</aw317:WachtlijstZorgzwaartepakketten></aw317:Indicatie>");
    }

    /**
     * One waiting-list entry. The waiting list keeps no toewijzing of its own: its Ingangsdatum is both the
     * Toewijzingsdatum and the Ingangsdatum (SoortToewijzing 1, regulier), the Instelling is the aanbieder of its
     * first status that names one, and the Leveringsvorm is the client's wish from the indicatie (verblijf without).
     */
    private static void wachtlijst(StringBuilder s, List<Regel> statussen) {
        Regel w = statussen.get(0);
        s.append("<aw317:WachtlijstZorgzwaartepakket><aw317:ZzpCode>")
                .append(Zorgprofiel.valueOf(w.zorgprofiel()).zzpCode()).append("</aw317:ZzpCode><aw317:Soort>1</aw317:Soort>");
        statussen.stream().map(Regel::aanbieder).filter(a -> a != null && a.matches("[0-9]{8}")).findFirst()
                .ifPresent(a -> s.append("<aw317:Instelling>").append(a).append("</aw317:Instelling>"));
        s.append("<aw317:Toewijzingsdatum>").append(w.inschrijvingIngang()).append("</aw317:Toewijzingsdatum>")
                .append("<aw317:Ingangsdatum>").append(w.inschrijvingIngang()).append("</aw317:Ingangsdatum>")
                .append("<aw317:Leveringsvorm>").append(leveringsvorm(w.leveringsvormVoorkeur()))
                .append("</aw317:Leveringsvorm><aw317:Leveringsstatussen>");
        for (Regel r : statussen) {
            s.append("<aw317:Leveringsstatus><aw317:IngangsdatumStatus>").append(r.statusIngang())
                    .append("</aw317:IngangsdatumStatus><aw317:Leveringsstatus>").append(r.status())
                    .append("</aw317:Leveringsstatus>");
            if (r.classificatie() != null) {
                s.append("<aw317:LeveringsstatusClassificatie>").append(r.classificatie())
                        .append("</aw317:LeveringsstatusClassificatie>");
            }
            s.append("</aw317:Leveringsstatus>");
        }
        s.append("</aw317:Leveringsstatussen></aw317:WachtlijstZorgzwaartepakket>");
    }

    /** LDT_Geslacht: 0 onbekend, 1 man, 2 vrouw. */
    private static String geslacht(String geslacht) {
        return switch (geslacht == null ? "O" : geslacht.trim()) {
            case "M" -> "1";
            case "V" -> "2";
            default -> "0";
        };
    }

    private static String leveringsvorm(String voorkeur) {
        return Optional.ofNullable(voorkeur).map(Leveringsvorm::valueOf).orElse(Leveringsvorm.VERBLIJF).iwlzCode();
    }

    /** Consecutive rows with the same key, in order (the query sorts them). */
    private static <K> List<List<Regel>> groepeer(List<Regel> regels, Function<Regel, K> sleutel) {
        Map<K, List<Regel>> groepen = new LinkedHashMap<>();
        for (Regel r : regels) {
            groepen.computeIfAbsent(sleutel.apply(r), k -> new ArrayList<>()).add(r);
        }
        return new ArrayList<>(groepen.values());
    }
}
