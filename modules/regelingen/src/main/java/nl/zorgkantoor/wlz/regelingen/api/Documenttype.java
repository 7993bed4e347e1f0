package nl.zorgkantoor.wlz.regelingen.api;

/** The kinds of documents a case may hold; some are required by the rules (RULES E-06, M-04, M-06, P-03). */
public enum Documenttype {
    AANVRAAGFORMULIER("Aanvraagformulier"),
    ZORGPLAN("Zorg- en ondersteuningsplan"),
    CCE_ADVIES("Advies CCE"),
    MEDISCH_OORDEEL("Medisch oordeel behandelend arts"),
    EIGEN_REGIE_FORMULIER("Formulier Eigen Regie"),
    RESULTATEN_ZORG("Resultaten van de geleverde zorg"),
    VERSLAG_HUISBEZOEK("Verslag huisbezoek"),
    VERSLAG_GESPREK("Verslag gesprek"),
    ONDERBOUWING_AANBIEDER("Onderbouwing zorgaanbieder"),
    OVERIG("Overig");

    private final String omschrijving;

    Documenttype(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
