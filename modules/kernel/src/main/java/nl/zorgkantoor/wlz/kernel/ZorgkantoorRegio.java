package nl.zorgkantoor.wlz.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A zorgkantoorregio with its iWlz ZorgkantoorCode (COD001, LDT_ZorgkantoorCode of iWlz 2.2). The 2.2 code list
 * has 32 codes (no 5522); 5502 Friesland is the historical code of the region that 5533 now carries, so 31 regions
 * are active.
 */
public enum ZorgkantoorRegio {
    GRONINGEN("5501", "Groningen", true),
    FRIESLAND_OUD("5502", "Friesland (oude code)", false),
    DRENTHE("5503", "Drenthe", true),
    ZWOLLE("5504", "Zwolle", true),
    TWENTE("5505", "Twente", true),
    APELDOORN_ZUTPHEN("5506", "Apeldoorn, Zutphen en omstreken", true),
    ARNHEM("5507", "Arnhem", true),
    NIJMEGEN("5508", "Nijmegen", true),
    UTRECHT("5509", "Utrecht", true),
    FLEVOLAND("5510", "Flevoland", true),
    T_GOOI("5511", "'t Gooi", true),
    NOORD_HOLLAND_NOORD("5512", "Noord-Holland Noord", true),
    KENNEMERLAND("5513", "Kennemerland", true),
    ZAANSTREEK_WATERLAND("5514", "Zaanstreek/Waterland", true),
    AMSTERDAM("5515", "Amsterdam", true),
    AMSTELLAND_MEERLANDEN("5516", "Amstelland en De Meerlanden", true),
    ZUID_HOLLAND_NOORD("5517", "Zuid-Holland Noord", true),
    HAAGLANDEN("5518", "Haaglanden", true),
    DELFT_WESTLAND_OOSTLAND("5519", "Delft Westland Oostland", true),
    MIDDEN_HOLLAND("5520", "Midden-Holland", true),
    ROTTERDAM("5521", "Rotterdam", true),
    ZUID_HOLLANDSE_EILANDEN("5523", "Zuid-Hollandse Eilanden", true),
    WAARDENLAND("5524", "Waardenland", true),
    ZEELAND("5525", "Zeeland", true),
    WEST_BRABANT("5526", "West-Brabant", true),
    MIDDEN_BRABANT("5527", "Midden-Brabant", true),
    NOORDOOST_BRABANT("5528", "Noordoost-Brabant", true),
    ZUIDOOST_BRABANT("5529", "Zuidoost-Brabant", true),
    NOORD_EN_MIDDEN_LIMBURG("5530", "Noord- en Midden-Limburg", true),
    ZUID_LIMBURG("5531", "Zuid-Limburg", true),
    MIDDEN_IJSSEL("5532", "Midden-IJssel", true),
    FRIESLAND("5533", "Friesland", true);

    private final String code;
    private final String naam;
    private final boolean actief;

    ZorgkantoorRegio(String code, String naam, boolean actief) {
        this.code = code;
        this.naam = naam;
        this.actief = actief;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public boolean isActief() {
        return actief;
    }

    public static Optional<ZorgkantoorRegio> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static ZorgkantoorRegio parse(String code) {
        return vanCode(code).orElseThrow(() -> new IllegalArgumentException("Onbekende zorgkantoorcode: " + code));
    }

    /** The 31 active regions in code order. */
    public static List<ZorgkantoorRegio> actieve() {
        return Arrays.stream(values()).filter(ZorgkantoorRegio::isActief).toList();
    }
}
