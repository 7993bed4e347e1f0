package nl.zorgkantoor.wlz.regelingen.api;

/** What happened in one recorded step of a case. */
public enum Actie {
    INGEDIEND("Aanvraag ingediend"),
    HERAANVRAAG_INGEDIEND("Heraanvraag ingediend"),
    CLIENTONDERSTEUNING_AANGEBODEN("Onafhankelijke cliëntondersteuning aangeboden"),
    IN_BEHANDELING_GENOMEN("In behandeling genomen"),
    GEGEVENS_BIJGEWERKT("Gegevens bijgewerkt"),
    ADVIES_GEVRAAGD("Advies gevraagd"),
    ADVIES_VASTGELEGD("Advies vastgelegd"),
    HUISBEZOEK("Huisbezoek afgelegd"),
    GESPREK("Gesprek met de cliënt gevoerd"),
    DOCUMENT_TOEGEVOEGD("Document toegevoegd"),
    TOEGEKEND("Toegekend"),
    AFGEWEZEN("Afgewezen"),
    INGETROKKEN("Ingetrokken"),
    VERLOPEN("Verlopen");

    private final String omschrijving;

    Actie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
