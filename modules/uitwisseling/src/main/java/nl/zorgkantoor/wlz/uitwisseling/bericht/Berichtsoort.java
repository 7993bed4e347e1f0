package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The iWlz 2.2 heenberichten the exchange handles, with their Vektis BerichtCode, their retour and the
 * berichtklassen that carry RetourCodes in that retour (iwlz.md §1, §7).
 */
public enum Berichtsoort {
    IO31("388", "IO32", "389", List.of("Client", "Relatie", "Contact", "Indicatie", "Stoornis", "Beperking",
            "BeperkingScore", "GeindiceerdeFunctie", "StoornisScore", "GeindiceerdZorgzwaartepakket")),
    AW33("352", "AW34", "353", List.of("Client", "Relatie", "Contact", "Indicatie", "Stoornis", "Beperking",
            "BeperkingScore", "GeindiceerdeFunctie", "StoornisScore", "ToegewezenFunctie",
            "GeindiceerdZorgzwaartepakket", "ToegewezenZorgzwaartepakket")),
    AW35("354", "AW36", "355", List.of("Client", "GeleverdeFunctie", "GeleverdZorgzwaartepakket")),
    AW39("358", "AW310", "359", List.of("Client", "MutatieFunctie", "MutatieZorgzwaartepakket", "Aanvraag",
            "AanvraagInstelling")),
    /** Outbound to the CAK: aanvang zorglevering for the eigen bijdrage, triggered by a processed AW35. */
    CA317("406", "CA318", "407", List.of("Client", "GeleverdeZorg")),
    /** Outbound to the CAK: einde or correction of care delivery, triggered by a processed AW39. */
    CA319("410", "CA320", "411", List.of("Client", "MutatieZorg")),
    /** Outbound to the Zorginstituut: uitvoeringsgegevens (waiting list and leveringsstatus) per period. */
    AW317("404", "AW318", "405", List.of("Client", "Indicatie", "Stoornis", "Beperking",
            "GeindiceerdZorgzwaartepakket", "WachtlijstZorgzwaartepakket", "Leveringsstatus"));

    public static final String XSD_VERSIE = "1.0.0";
    public static final String BASIS_NAMESPACE = "http://www.istandaarden.nl/iwlz/2_2/basisschema/schema";
    private static final String NS = "http://www.istandaarden.nl/iwlz/2_2/%s/schema";

    private final String berichtCode;
    private final String retour;
    private final String retourCode;
    private final List<String> klassen;
    // asked for several times per message (parsing, rules, retour): formatted once
    private final String namespace;
    private final String retourNamespace;

    Berichtsoort(String berichtCode, String retour, String retourCode, List<String> klassen) {
        this.berichtCode = berichtCode;
        this.retour = retour;
        this.retourCode = retourCode;
        this.klassen = klassen;
        this.namespace = NS.formatted(name().toLowerCase(java.util.Locale.ROOT));
        this.retourNamespace = NS.formatted(retour.toLowerCase(java.util.Locale.ROOT));
    }

    public String berichtCode() {
        return berichtCode;
    }

    public String retourCode() {
        return retourCode;
    }

    public String retour() {
        return retour;
    }

    public String namespace() {
        return namespace;
    }

    public String retourNamespace() {
        return retourNamespace;
    }

    /** The berichtklassen that get RetourCodes in the retour. */
    public List<String> klassen() {
        return klassen;
    }

    /** IO31 comes from the CIZ without an Afzender element; the other messages name their sender. */
    public boolean heeftAfzender() {
        return this != IO31;
    }

    public String heenXsd() {
        return name() + ".xsd";
    }

    public String retourXsd() {
        return retour + ".xsd";
    }

    public static Optional<Berichtsoort> vanNamespace(String namespace) {
        return Arrays.stream(values()).filter(s -> s.namespace().equals(namespace)).findFirst();
    }
}
