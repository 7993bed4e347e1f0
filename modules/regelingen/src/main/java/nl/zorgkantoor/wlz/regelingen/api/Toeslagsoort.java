package nl.zorgkantoor.wlz.regelingen.api;

/**
 * The toeslagen a zorgaanbieder may request (RULES T-01), with the flags that decide where they may be delivered
 * (RULES B-02, B-03). The seeds classify only epilepsiezorg and the youth toeslag (instellingsgebonden), woonzorg
 * (gebruikelijke zorg) and dagbesteding vg5/vg8 (allowed at home); the other flags follow the NZa beleidsregel
 * CA-BR-1607c and are marked as such in {@link #bron()}.
 */
public enum Toeslagsoort {
    GESPECIALISEERDE_EPILEPSIEZORG("Gespecialiseerde epilepsiezorg", true, false, "000 L1220-1222"),
    CHRONISCHE_INVASIEVE_BEADEMING("Chronische invasieve beademing", false, false, "CA-BR-1607c"),
    NON_INVASIEVE_BEADEMING("Non-invasieve beademing", false, false, "CA-BR-1607c"),
    KLINISCH_INTENSIEVE_BEHANDELING("Klinisch intensieve behandeling", true, false, "CA-BR-1607c"),
    FORENSISCHE_PSYCHIATRIE("Niet-strafrechtelijke forensische psychiatrie", true, false, "CA-BR-1607c"),
    CVA("CVA-revalidatie", false, false, "CA-BR-1607c"),
    HUNTINGTON("Ziekte van Huntington", false, false, "CA-BR-1607c"),
    OBSERVATIE("Observatie", true, false, "CA-BR-1607c"),
    /** RULES T-03: younger than 23 and staying in an instelling. */
    JEUGD_ONDER_23("Jongere dan 23 jaar in een instelling", true, false, "000 L3543"),
    DAGBESTEDING_VG5_VG8("Dagbesteding gehandicaptenzorg vg5/vg8", false, false, "000 L1222-1225"),
    WOONZORG("Woonzorg", false, true, "000 L1222");

    private final String omschrijving;
    private final boolean instellingsgebonden;
    private final boolean gebruikelijkeZorg;
    private final String bron;

    Toeslagsoort(String omschrijving, boolean instellingsgebonden, boolean gebruikelijkeZorg, String bron) {
        this.omschrijving = omschrijving;
        this.instellingsgebonden = instellingsgebonden;
        this.gebruikelijkeZorg = gebruikelijkeZorg;
        this.bron = bron;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isInstellingsgebonden() {
        return instellingsgebonden;
    }

    public boolean isGebruikelijkeZorg() {
        return gebruikelijkeZorg;
    }

    public String bron() {
        return bron;
    }
}
