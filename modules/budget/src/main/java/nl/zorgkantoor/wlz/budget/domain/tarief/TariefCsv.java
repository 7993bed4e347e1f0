package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * Reads a tariff set from its four CSV files, the source of truth of the tariff tables (RULES B-03). Format: UTF-8,
 * separator {@code ;}, first line the exact header, decimals with a point, dates ISO (yyyy-mm-dd), flags J/N; the last
 * column (bron) may itself contain {@code ;}. All problems are collected and reported together with file and line.
 */
public final class TariefCsv {

    public static final String PROFIELTARIEVEN = "profieltarieven.csv";
    public static final String TOESLAGEN = "toeslagen.csv";
    public static final String MPT_MODULES = "mpt_modules.csv";
    public static final String PARAMETERS = "parameters.csv";
    public static final List<String> BESTANDEN = List.of(PROFIELTARIEVEN, TOESLAGEN, MPT_MODULES, PARAMETERS);

    static final String KOP_PROFIELTARIEVEN =
            "jaar;zorgprofiel;verblijf_excl_bh;verblijf_incl_bh;vpt_excl_bh;pgb_percentage;bron";
    static final String KOP_TOESLAGEN = "jaar;code;naam;dagtarief;instellingsgebonden;gebruikelijke_zorg;"
            + "pgb_toegestaan;profielen;leeftijd_tot;geldig_van;geldig_tot;voorwaarde;bron";
    static final String KOP_MPT_MODULES = "jaar;code;omschrijving;eenheid;tarief;bron";
    static final String KOP_PARAMETERS = "naam;geldig_van;geldig_tot;waarde;bron";

    private static final int MAX_FOUTEN = 50;

    private final List<String> fouten = new ArrayList<>();

    private TariefCsv() {
    }

    /**
     * @param inhoud the text of each of the four files, by file name
     * @throws TariefbestandOngeldig listing every problem found
     */
    public static Tariefset lees(int versie, Map<String, String> inhoud) {
        TariefCsv lezer = new TariefCsv();
        for (String bestand : BESTANDEN) {
            if (!inhoud.containsKey(bestand)) {
                lezer.fouten.add(bestand + " ontbreekt");
            }
        }
        if (!lezer.fouten.isEmpty()) {
            throw new TariefbestandOngeldig(lezer.fouten);
        }
        List<Profieltarief> profieltarieven = lezer.regels(PROFIELTARIEVEN, inhoud.get(PROFIELTARIEVEN),
                KOP_PROFIELTARIEVEN, TariefCsv::profieltarief);
        List<Toeslag> toeslagen = lezer.regels(TOESLAGEN, inhoud.get(TOESLAGEN), KOP_TOESLAGEN, TariefCsv::toeslag);
        List<MptModule> modules = lezer.regels(MPT_MODULES, inhoud.get(MPT_MODULES), KOP_MPT_MODULES,
                TariefCsv::mptModule);
        List<Tariefparameter> parameters = lezer.regels(PARAMETERS, inhoud.get(PARAMETERS), KOP_PARAMETERS,
                TariefCsv::parameter);
        lezer.uniek(PROFIELTARIEVEN, profieltarieven, t -> t.jaar() + " " + t.profiel().label());
        lezer.uniek(TOESLAGEN, toeslagen, t -> t.jaar() + " " + t.code());
        lezer.uniek(MPT_MODULES, modules, m -> m.jaar() + " " + m.code());
        lezer.volledig(profieltarieven);
        lezer.parametersZonderOverlap(parameters);
        if (!lezer.fouten.isEmpty()) {
            throw new TariefbestandOngeldig(lezer.fouten);
        }
        return new Tariefset(versie, profieltarieven, toeslagen, modules, parameters);
    }

    private <T> List<T> regels(String bestand, String tekst, String kop, Function<String[], T> maak) {
        List<T> resultaat = new ArrayList<>();
        String[] regels = tekst.replace("\r", "").replace("\uFEFF", "").split("\n");
        if (regels.length == 0 || !regels[0].strip().equals(kop)) {
            fouten.add(bestand + " regel 1: kopregel moet zijn '" + kop + "'");
            return resultaat;
        }
        int kolommen = kop.split(";").length;
        for (int i = 1; i < regels.length && fouten.size() < MAX_FOUTEN; i++) {
            String regel = regels[i];
            if (regel.isBlank()) {
                continue;
            }
            String[] velden = regel.split(";", kolommen);
            if (velden.length < kolommen) {
                fouten.add(bestand + " regel " + (i + 1) + ": " + velden.length + " kolommen, verwacht " + kolommen);
                continue;
            }
            try {
                resultaat.add(maak.apply(Arrays.stream(velden).map(String::strip).toArray(String[]::new)));
            } catch (RuntimeException e) {
                fouten.add(bestand + " regel " + (i + 1) + ": " + e.getMessage());
            }
        }
        return resultaat;
    }

    private static Profieltarief profieltarief(String[] v) {
        return new Profieltarief(jaar(v[0]), profiel(v[1]), bedrag(v[2], "verblijf_excl_bh"),
                bedrag(v[3], "verblijf_incl_bh"), bedrag(v[4], "vpt_excl_bh"), bedrag(v[5], "pgb_percentage"), v[6]);
    }

    private static Toeslag toeslag(String[] v) {
        Set<Zorgprofiel> profielen = new LinkedHashSet<>();
        if (!v[7].isEmpty()) {
            Arrays.stream(v[7].split("\\|")).map(String::strip).map(TariefCsv::profiel).forEach(profielen::add);
        }
        Integer leeftijdTot = v[8].isEmpty() ? null : geheel(v[8], "leeftijd_tot");
        Periode geldigheid = new Periode(datum(v[9], "geldig_van"), v[10].isEmpty() ? null : datum(v[10], "geldig_tot"));
        return new Toeslag(jaar(v[0]), v[1], v[2], bedrag(v[3], "dagtarief"), vlag(v[4], "instellingsgebonden"),
                vlag(v[5], "gebruikelijke_zorg"), vlag(v[6], "pgb_toegestaan"), profielen, leeftijdTot, geldigheid,
                v[11], v[12]);
    }

    private static MptModule mptModule(String[] v) {
        MptModule.Eenheid eenheid;
        try {
            eenheid = MptModule.Eenheid.valueOf(v[3].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("onbekende eenheid '" + v[3] + "' (UUR, DAGDEEL of DAG)", e);
        }
        return new MptModule(jaar(v[0]), v[1], v[2], eenheid, bedrag(v[4], "tarief"), v[5]);
    }

    private static Tariefparameter parameter(String[] v) {
        Tariefparameter.Soort soort;
        try {
            soort = Tariefparameter.Soort.valueOf(v[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("onbekende parameter '" + v[0] + "'", e);
        }
        Periode geldigheid = new Periode(datum(v[1], "geldig_van"), v[2].isEmpty() ? null : datum(v[2], "geldig_tot"));
        return new Tariefparameter(soort, geldigheid, bedrag(v[3], "waarde"), v[4]);
    }

    private <T> void uniek(String bestand, List<T> rijen, Function<T, String> sleutel) {
        Set<String> gezien = new HashSet<>();
        for (T rij : rijen) {
            if (!gezien.add(sleutel.apply(rij))) {
                fouten.add(bestand + ": " + sleutel.apply(rij) + " komt meer dan eens voor");
            }
        }
    }

    /** A year is complete or absent: every zorgprofiel needs its tariffs, or a lookup would fail later. */
    private void volledig(List<Profieltarief> tarieven) {
        tarieven.stream().map(Profieltarief::jaar).distinct().sorted().forEach(jaar -> {
            Set<Zorgprofiel> aanwezig = new HashSet<>();
            tarieven.stream().filter(t -> t.jaar() == jaar).forEach(t -> aanwezig.add(t.profiel()));
            for (Zorgprofiel profiel : Zorgprofiel.values()) {
                if (!aanwezig.contains(profiel)) {
                    fouten.add(PROFIELTARIEVEN + ": jaar " + jaar + " mist zorgprofiel " + profiel.label());
                }
            }
        });
    }

    private void parametersZonderOverlap(List<Tariefparameter> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            for (int j = i + 1; j < parameters.size(); j++) {
                Tariefparameter a = parameters.get(i);
                Tariefparameter b = parameters.get(j);
                if (a.soort() == b.soort() && a.geldigheid().overlapt(b.geldigheid())) {
                    fouten.add(PARAMETERS + ": " + a.soort() + " " + a.geldigheid() + " overlapt met " + b.geldigheid());
                }
            }
        }
    }

    private static int jaar(String tekst) {
        return geheel(tekst, "jaar");
    }

    private static int geheel(String tekst, String kolom) {
        try {
            return Integer.parseInt(tekst);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kolom + " '" + tekst + "' is geen geheel getal", e);
        }
    }

    private static BigDecimal bedrag(String tekst, String kolom) {
        try {
            return new BigDecimal(tekst);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kolom + " '" + tekst + "' is geen getal (decimaalpunt, bv. 180.00)", e);
        }
    }

    private static LocalDate datum(String tekst, String kolom) {
        try {
            return LocalDate.parse(tekst);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(kolom + " '" + tekst + "' is geen datum (jjjj-mm-dd)", e);
        }
    }

    private static boolean vlag(String tekst, String kolom) {
        return switch (tekst) {
            case "J" -> true;
            case "N" -> false;
            default -> throw new IllegalArgumentException(kolom + " '" + tekst + "' moet J of N zijn");
        };
    }

    private static Zorgprofiel profiel(String tekst) {
        return Zorgprofiel.parse(tekst);
    }
}
