package nl.zorgkantoor.wlz.uitwisseling.simulator;

import java.time.LocalDate;

/**
 * Valid iWlz 2.2 heenberichten as a chain partner's system sends them, one client each. Tests and the simulator
 * derive invalid variants by replacing one element, so every variant differs from a valid message in one place.
 */
public final class Voorbeeldberichten {

    public static final String ZORGKANTOOR = "5509";
    public static final String AANBIEDER = nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners.AANBIEDER;

    private Voorbeeldberichten() {
    }

    /** An IO31 indicatiebesluit for one client with one zorgzwaartepakket (e.g. 754 = 5VV), voorkeur verblijf. */
    public static String io31(String identificatie, String bsn, long besluitnummer, String zzpCode, LocalDate ingang) {
        return """
                <io31:Bericht xmlns:io31="http://www.istandaarden.nl/iwlz/2_2/io31/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
                  <io31:Header>
                    <io31:BerichtCode>388</io31:BerichtCode>
                    <io31:BerichtVersie>5</io31:BerichtVersie>
                    <io31:BerichtSubversie>2</io31:BerichtSubversie>
                    <io31:Ontvanger>%1$s</io31:Ontvanger>
                    <io31:BerichtIdentificatie>
                      <iwlz:Identificatie>%2$s</iwlz:Identificatie>
                      <iwlz:Dagtekening>%6$s</iwlz:Dagtekening>
                    </io31:BerichtIdentificatie>
                    <io31:XsdVersie>
                      <iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie>
                      <iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie>
                    </io31:XsdVersie>
                  </io31:Header>
                  <io31:Clienten>
                    <io31:Client>
                      <io31:Bsn>%3$s</io31:Bsn>
                      <io31:GeheimeClient>2</io31:GeheimeClient>
                      <io31:Geboortedatum><iwlz:Datum>1938-04-12</iwlz:Datum></io31:Geboortedatum>
                      <io31:Geslacht>2</io31:Geslacht>
                      <io31:Naam>
                        <iwlz:Geslachtsnaam><iwlz:Achternaam>Jansen</iwlz:Achternaam><iwlz:Voorvoegsel>de</iwlz:Voorvoegsel></iwlz:Geslachtsnaam>
                        <iwlz:Voornamen>Grietje</iwlz:Voornamen>
                        <iwlz:NaamGebruik>1</iwlz:NaamGebruik>
                      </io31:Naam>
                      <io31:Leefeenheid>1</io31:Leefeenheid>
                      <io31:Contactgegevens>
                        <io31:Contact>
                          <io31:Soort>01</io31:Soort>
                          <io31:Adres>
                            <iwlz:Huis><iwlz:Huisnummer>12</iwlz:Huisnummer></iwlz:Huis>
                            <iwlz:Postcode>3511AB</iwlz:Postcode>
                            <iwlz:Straatnaam>Oudegracht</iwlz:Straatnaam>
                            <iwlz:Plaatsnaam>Utrecht</iwlz:Plaatsnaam>
                            <iwlz:LandCode>NL</iwlz:LandCode>
                          </io31:Adres>
                        </io31:Contact>
                      </io31:Contactgegevens>
                      <io31:Indicatie>
                        <io31:Besluitnummer>%4$d</io31:Besluitnummer>
                        <io31:Soort>1</io31:Soort>
                        <io31:Grondslagen><iwlz:Grondslag01>02</iwlz:Grondslag01></io31:Grondslagen>
                        <io31:Afgiftedatum>%7$s</io31:Afgiftedatum>
                        <io31:Ingangsdatum>%7$s</io31:Ingangsdatum>
                        <io31:Meerzorg>2</io31:Meerzorg>
                        <io31:GeindiceerdeZorgzwaartepakketten>
                          <io31:GeindiceerdZorgzwaartepakket>
                            <io31:ZzpCode>%5$s</io31:ZzpCode>
                            <io31:Ingangsdatum>%7$s</io31:Ingangsdatum>
                            <io31:Klasse>KE4</io31:Klasse>
                            <io31:VoorkeurClient>4</io31:VoorkeurClient>
                            <io31:Financiering>1</io31:Financiering>
                          </io31:GeindiceerdZorgzwaartepakket>
                        </io31:GeindiceerdeZorgzwaartepakketten>
                      </io31:Indicatie>
                    </io31:Client>
                  </io31:Clienten>
                </io31:Bericht>
                """.formatted(ZORGKANTOOR, identificatie, bsn, besluitnummer, zzpCode, ingang.plusDays(1), ingang);
    }

    /** An AW35 melding aanvang zorg (verblijf with its Klasse, CD051; in zorg) by {@link #AANBIEDER} for the client's besluit. */
    public static String aw35(String identificatie, String bsn, long besluitnummer, String zzpCode,
                              LocalDate toewijzing, LocalDate begin, String statusAanlevering) {
        return """
                <aw35:Bericht xmlns:aw35="http://www.istandaarden.nl/iwlz/2_2/aw35/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
                  %s
                  <aw35:Clienten>
                    <aw35:Client>
                      %s
                      <aw35:GeleverdeZorgzwaartepakketten>
                        <aw35:GeleverdZorgzwaartepakket>
                          <aw35:Besluitnummer>%d</aw35:Besluitnummer>
                          <aw35:ZzpCode>%s</aw35:ZzpCode>
                          <aw35:ToewijzingIngangsdatum>%s</aw35:ToewijzingIngangsdatum>
                          <aw35:Begindatum>%s</aw35:Begindatum>
                          <aw35:Instelling>%s</aw35:Instelling>
                          <aw35:Klasse>KE4</aw35:Klasse>
                          <aw35:Leveringsstatus>4</aw35:Leveringsstatus>
                          <aw35:Leveringsvorm>4</aw35:Leveringsvorm>
                          <aw35:StatusAanlevering>%s</aw35:StatusAanlevering>
                        </aw35:GeleverdZorgzwaartepakket>
                      </aw35:GeleverdeZorgzwaartepakketten>
                    </aw35:Client>
                  </aw35:Clienten>
                </aw35:Bericht>
                """.formatted(header("aw35", "354", identificatie, begin), client("aw35", bsn), besluitnummer,
                zzpCode, toewijzing, begin, AANBIEDER, statusAanlevering);
    }

    /** An AW39 mutatie: aanbieder kan nog niet leveren (18), client actief plaatsen (7). */
    public static String aw39(String identificatie, String bsn, long besluitnummer, String zzpCode,
                              LocalDate toewijzing, LocalDate mutatie, String statusAanlevering) {
        return aw39(identificatie, bsn, besluitnummer, zzpCode, toewijzing, mutatie, "18", "7", statusAanlevering);
    }

    /**
     * An AW39 mutatie with the given Mutatiecode and Leveringsstatus (TR046), e.g. 19 with 5 (beëindigd, toewijzing
     * sluiten) or 20 with 3; the LeveringsstatusClassificatie is there only for the waiting statuses 2, 3, 6, 7
     * (CD090).
     */
    public static String aw39(String identificatie, String bsn, long besluitnummer, String zzpCode,
                              LocalDate toewijzing, LocalDate mutatie, String mutatiecode, String leveringsstatus,
                              String statusAanlevering) {
        String classificatie = java.util.Set.of("2", "3", "6", "7").contains(leveringsstatus)
                ? "<aw39:LeveringsstatusClassificatie>12</aw39:LeveringsstatusClassificatie>" : "";
        return """
                <aw39:Bericht xmlns:aw39="http://www.istandaarden.nl/iwlz/2_2/aw39/schema" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_2/basisschema/schema">
                  %s
                  <aw39:Clienten>
                    <aw39:Client>
                      %s
                      <aw39:MutatieZorgzwaartepakketten>
                        <aw39:MutatieZorgzwaartepakket>
                          <aw39:Besluitnummer>%d</aw39:Besluitnummer>
                          <aw39:ZzpCode>%s</aw39:ZzpCode>
                          <aw39:ToewijzingIngangsdatum>%s</aw39:ToewijzingIngangsdatum>
                          <aw39:Instelling>%s</aw39:Instelling>
                          <aw39:Mutatiecode>%s</aw39:Mutatiecode>
                          <aw39:Mutatiedatum>%s</aw39:Mutatiedatum>
                          <aw39:Leveringsstatus>%s</aw39:Leveringsstatus>
                          %s
                          <aw39:Leveringsvorm>4</aw39:Leveringsvorm>
                          <aw39:StatusAanlevering>%s</aw39:StatusAanlevering>
                        </aw39:MutatieZorgzwaartepakket>
                      </aw39:MutatieZorgzwaartepakketten>
                    </aw39:Client>
                  </aw39:Clienten>
                </aw39:Bericht>
                """.formatted(header("aw39", "358", identificatie, mutatie), client("aw39", bsn), besluitnummer,
                zzpCode, toewijzing, AANBIEDER, mutatiecode, mutatie, leveringsstatus, classificatie, statusAanlevering);
    }

    private static String header(String p, String code, String identificatie, LocalDate dag) {
        return """
                <%1$s:Header>
                    <%1$s:BerichtCode>%2$s</%1$s:BerichtCode>
                    <%1$s:BerichtVersie>5</%1$s:BerichtVersie>
                    <%1$s:BerichtSubversie>2</%1$s:BerichtSubversie>
                    <%1$s:Afzender>%3$s</%1$s:Afzender>
                    <%1$s:Ontvanger>%4$s</%1$s:Ontvanger>
                    <%1$s:BerichtIdentificatie>
                      <iwlz:Identificatie>%5$s</iwlz:Identificatie>
                      <iwlz:Dagtekening>%6$s</iwlz:Dagtekening>
                    </%1$s:BerichtIdentificatie>
                    <%1$s:XsdVersie>
                      <iwlz:BasisschemaXsdVersie>1.0.0</iwlz:BasisschemaXsdVersie>
                      <iwlz:BerichtXsdVersie>1.0.0</iwlz:BerichtXsdVersie>
                    </%1$s:XsdVersie>
                  </%1$s:Header>""".formatted(p, code, AANBIEDER, ZORGKANTOOR, identificatie, dag.plusDays(1));
    }

    private static String client(String p, String bsn) {
        return """
                <%1$s:Bsn>%2$s</%1$s:Bsn>
                      <%1$s:Geboortedatum><iwlz:Datum>1938-04-12</iwlz:Datum></%1$s:Geboortedatum>
                      <%1$s:Geslacht>2</%1$s:Geslacht>
                      <%1$s:Naam><iwlz:Geslachtsnaam><iwlz:Achternaam>Jansen</iwlz:Achternaam></iwlz:Geslachtsnaam></%1$s:Naam>"""
                .formatted(p, bsn);
    }

    /** Wraps a message as the body of a SOAP 1.1 envelope. */
    public static String envelop(String bericht) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + bericht
                + "</s:Body></s:Envelope>";
    }
}
