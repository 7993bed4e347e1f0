package nl.zorgkantoor.wlz.kernel;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A zorgprofiel (zorgzwaartepakket) as assigned by the CIZ (RULES I-01, I-02), with its iWlz ZzpCode (COD163).
 * The constant name is the family plus the number ({@code VV5}); {@link #label()} is the usual Dutch notation
 * ({@code 5VV}, {@code 5GGZ-W}).
 */
public enum Zorgprofiel {
    VV1(Profielgroep.VV, 1, "750"), VV2(Profielgroep.VV, 2, "751"), VV3(Profielgroep.VV, 3, "752"),
    VV4(Profielgroep.VV, 4, "753"), VV5(Profielgroep.VV, 5, "754"), VV6(Profielgroep.VV, 6, "755"),
    VV7(Profielgroep.VV, 7, "756"), VV8(Profielgroep.VV, 8, "757"), VV9(Profielgroep.VV, 9, "758"),
    VV10(Profielgroep.VV, 10, "759"),

    VG1(Profielgroep.VG, 1, "800"), VG2(Profielgroep.VG, 2, "802"), VG3(Profielgroep.VG, 3, "804"),
    VG4(Profielgroep.VG, 4, "806"), VG5(Profielgroep.VG, 5, "808"), VG6(Profielgroep.VG, 6, "810"),
    VG7(Profielgroep.VG, 7, "812"), VG8(Profielgroep.VG, 8, "814"),

    LVG1(Profielgroep.LVG, 1, "780"), LVG2(Profielgroep.LVG, 2, "781"), LVG3(Profielgroep.LVG, 3, "782"),
    LVG4(Profielgroep.LVG, 4, "783"), LVG5(Profielgroep.LVG, 5, "784"),
    SGLVG1(Profielgroep.SGLVG, 1, "790"),

    LG1(Profielgroep.LG, 1, "820"), LG2(Profielgroep.LG, 2, "822"), LG3(Profielgroep.LG, 3, "824"),
    LG4(Profielgroep.LG, 4, "826"), LG5(Profielgroep.LG, 5, "828"), LG6(Profielgroep.LG, 6, "830"),
    LG7(Profielgroep.LG, 7, "832"),

    ZGVIS1(Profielgroep.ZGVIS, 1, "840"), ZGVIS2(Profielgroep.ZGVIS, 2, "842"), ZGVIS3(Profielgroep.ZGVIS, 3, "844"),
    ZGVIS4(Profielgroep.ZGVIS, 4, "846"), ZGVIS5(Profielgroep.ZGVIS, 5, "848"),
    ZGAUD1(Profielgroep.ZGAUD, 1, "850"), ZGAUD2(Profielgroep.ZGAUD, 2, "852"), ZGAUD3(Profielgroep.ZGAUD, 3, "854"),
    ZGAUD4(Profielgroep.ZGAUD, 4, "856"),

    GGZ1B(Profielgroep.GGZ_B, 1, "860"), GGZ2B(Profielgroep.GGZ_B, 2, "862"), GGZ3B(Profielgroep.GGZ_B, 3, "864"),
    GGZ4B(Profielgroep.GGZ_B, 4, "766"), GGZ5B(Profielgroep.GGZ_B, 5, "768"), GGZ6B(Profielgroep.GGZ_B, 6, "770"),
    GGZ7B(Profielgroep.GGZ_B, 7, "772"),
    GGZ1C(Profielgroep.GGZ_C, 1, "760"), GGZ2C(Profielgroep.GGZ_C, 2, "762"), GGZ3C(Profielgroep.GGZ_C, 3, "764"),
    GGZ4C(Profielgroep.GGZ_C, 4, "866"), GGZ5C(Profielgroep.GGZ_C, 5, "868"), GGZ6C(Profielgroep.GGZ_C, 6, "870"),
    GGZ1W(Profielgroep.GGZ_W, 1, "880"), GGZ2W(Profielgroep.GGZ_W, 2, "882"), GGZ3W(Profielgroep.GGZ_W, 3, "884"),
    GGZ4W(Profielgroep.GGZ_W, 4, "886"), GGZ5W(Profielgroep.GGZ_W, 5, "888");

    private static final Map<String, Zorgprofiel> PER_ZZP_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Zorgprofiel::zzpCode, Function.identity()));
    private static final Map<String, Zorgprofiel> PER_LABEL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Zorgprofiel::label, Function.identity()));

    private final Profielgroep groep;
    private final int nummer;
    private final String zzpCode;

    Zorgprofiel(Profielgroep groep, int nummer, String zzpCode) {
        this.groep = groep;
        this.nummer = nummer;
        this.zzpCode = zzpCode;
    }

    public Profielgroep groep() {
        return groep;
    }

    public Sector sector() {
        return groep.sector();
    }

    public int nummer() {
        return nummer;
    }

    /** iWlz ZzpCode (COD163), e.g. 754 for 5VV. */
    public String zzpCode() {
        return zzpCode;
    }

    /** The Dutch notation: number then family, e.g. 5VV, 7VG, 5GGZ-W. */
    public String label() {
        return nummer + groep.naam();
    }

    public static Optional<Zorgprofiel> vanZzpCode(String code) {
        return Optional.ofNullable(code).map(PER_ZZP_CODE::get);
    }

    /** Accepts the label ({@code 5VV}) as well as the constant name ({@code VV5}). */
    public static Zorgprofiel parse(String tekst) {
        Zorgprofiel profiel = PER_LABEL.get(tekst);
        if (profiel != null) {
            return profiel;
        }
        try {
            return valueOf(tekst.toUpperCase(java.util.Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Onbekend zorgprofiel: " + tekst, e);
        }
    }
}
