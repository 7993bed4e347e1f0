package nl.zorgkantoor.wlz.kernel;

/** The families of zorgprofielen (RULES I-02) with the sector they belong to. */
public enum Profielgroep {
    VV("VV", Sector.VV),
    VG("VG", Sector.GHZ),
    LVG("LVG", Sector.GHZ),
    SGLVG("SGLVG", Sector.GHZ),
    LG("LG", Sector.GHZ),
    ZGVIS("ZGvis", Sector.GHZ),
    ZGAUD("ZGaud", Sector.GHZ),
    GGZ_B("GGZ-B", Sector.GGZ),
    GGZ_C("GGZ-C", Sector.GGZ),
    GGZ_W("GGZ-W", Sector.GGZ);

    private final String naam;
    private final Sector sector;

    Profielgroep(String naam, Sector sector) {
        this.naam = naam;
        this.sector = sector;
    }

    public String naam() {
        return naam;
    }

    public Sector sector() {
        return sector;
    }
}
