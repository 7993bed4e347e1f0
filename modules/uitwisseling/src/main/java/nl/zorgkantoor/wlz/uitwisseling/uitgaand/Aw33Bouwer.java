package nl.zorgkantoor.wlz.uitwisseling.uitgaand;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.IndicatieView;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.uitwisseling.api.NieuweToewijzing;

/**
 * Writes the AW33 zorgtoewijzing for one client. Verblijf gets Dossierhouder and Opname (CD051/CD073); a pgb has no
 * Instelling-bound percentage (CD040) and goes to no aanbieder, so it is not sent as AW33 at all.
 */
final class Aw33Bouwer {

    /** xs:time needs the seconds; {@link LocalTime#toString()} drops them on a whole minute. */
    static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Aw33Bouwer() {
    }

    static String bouw(String identificatie, LocalDate dagtekening, LocalTime tijd, ClientView client,
                       IndicatieView indicatie, NieuweToewijzing t) {
        String p = "aw33";
        boolean verblijf = t.leveringsvorm() == Leveringsvorm.VERBLIJF;
        String einde = indicatie.geldigheid().eind() == null ? ""
                : "<aw33:Einddatum>" + indicatie.geldigheid().eind() + "</aw33:Einddatum>";
        return """
                <aw33:Bericht xmlns:aw33="http://www.istandaarden.nl/iwlz/2_2/aw33/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
                  <aw33:Header>
                    <aw33:BerichtCode>352</aw33:BerichtCode><aw33:BerichtVersie>5</aw33:BerichtVersie><aw33:BerichtSubversie>2</aw33:BerichtSubversie>
                    <aw33:Afzender>%1$s</aw33:Afzender><aw33:Ontvanger>%2$s</aw33:Ontvanger>
                    <aw33:BerichtIdentificatie><iwlz:Identificatie>%3$s</iwlz:Identificatie><iwlz:Dagtekening>%4$s</iwlz:Dagtekening></aw33:BerichtIdentificatie>
                    <aw33:XsdVersie><iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie><iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie></aw33:XsdVersie>
                  </aw33:Header>
                  <aw33:Clienten><aw33:Client>
                    <aw33:Bsn>%5$s</aw33:Bsn><aw33:GeheimeClient>2</aw33:GeheimeClient>
                    <aw33:Geboortedatum><iwlz:Datum>%6$s</iwlz:Datum></aw33:Geboortedatum><aw33:Geslacht>%7$s</aw33:Geslacht>
                    <aw33:Naam><iwlz:Geslachtsnaam><iwlz:Achternaam>%8$s</iwlz:Achternaam></iwlz:Geslachtsnaam>%9$s<iwlz:NaamGebruik>1</iwlz:NaamGebruik></aw33:Naam>
                    <aw33:Leefeenheid>9</aw33:Leefeenheid><aw33:Partneropname>2</aw33:Partneropname>
                    <aw33:Contactgegevens><aw33:Contact><aw33:Soort>01</aw33:Soort></aw33:Contact></aw33:Contactgegevens>
                    <aw33:Indicatie>
                      <aw33:Besluitnummer>%10$d</aw33:Besluitnummer><aw33:Soort>1</aw33:Soort>
                      <aw33:Afgiftedatum>%11$s</aw33:Afgiftedatum><aw33:Ingangsdatum>%11$s</aw33:Ingangsdatum>%12$s
                      <aw33:ToegewezenZorgzwaartepakketten><aw33:ToegewezenZorgzwaartepakket>
                        <aw33:ZzpCode>%13$s</aw33:ZzpCode><aw33:Instelling>%2$s</aw33:Instelling><aw33:Zorgkantoor>%1$s</aw33:Zorgkantoor>
                        <aw33:Soort>1</aw33:Soort><aw33:Toewijzingsdatum>%4$s</aw33:Toewijzingsdatum><aw33:Toewijzingstijd>%14$s</aw33:Toewijzingstijd>
                        <aw33:ToewijzingPercentage>10000</aw33:ToewijzingPercentage>
                        <aw33:Ingangsdatum>%15$s</aw33:Ingangsdatum>%16$s
                        <aw33:Leveringsvorm>%17$s</aw33:Leveringsvorm>%18$s
                      </aw33:ToegewezenZorgzwaartepakket></aw33:ToegewezenZorgzwaartepakketten>
                    </aw33:Indicatie>
                  </aw33:Client></aw33:Clienten>
                </aw33:Bericht>
                """.formatted(client.regio().code(), t.aanbieder(), identificatie, dagtekening, client.bsn().waarde(),
                client.geboortedatum(), switch (client.geslacht()) {
                    case 'M' -> "1";
                    case 'V' -> "2";
                    default -> "0";
                }, xml(client.achternaam()),
                client.voornaam() == null ? "" : "<iwlz:Voornamen>" + xml(client.voornaam()) + "</iwlz:Voornamen>",
                indicatie.besluitnummer(), indicatie.geldigheid().begin(), einde, indicatie.zorgprofiel().zzpCode(),
                TIJD.format(tijd), t.ingangsdatum(), verblijf ? "<aw33:Klasse>KE4</aw33:Klasse>" : "",
                t.leveringsvorm().iwlzCode(),
                verblijf ? "<aw33:Dossierhouder>" + t.aanbieder() + "</aw33:Dossierhouder><aw33:Opname>1</aw33:Opname>" : "");
    }

    private static String xml(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
