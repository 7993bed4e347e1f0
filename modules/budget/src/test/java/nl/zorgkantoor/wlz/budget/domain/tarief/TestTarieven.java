package nl.zorgkantoor.wlz.budget.domain.tarief;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zorgkantoor.wlz.budget.infrastructure.tarief.V2__Tarieven_2015_2026;

/** The tariff tables exactly as the migration loads them, for tests that compute with the real data. */
public final class TestTarieven {

    private static final Tarieftabel TABEL = Tarieftabel.van(set());

    private TestTarieven() {
    }

    public static Tarieftabel tabel() {
        return TABEL;
    }

    public static Tariefset set() {
        return new V2__Tarieven_2015_2026().tariefset();
    }

    public static Map<String, String> bestanden() {
        return new V2__Tarieven_2015_2026().bestanden();
    }

    /**
     * The shipped CSV files cut down to one year, with the VV5 vpt tariff set to {@code vptVv5}, optionally relabelled
     * as another year; the parameters file keeps only its header (the parameters in force stay those of version 1).
     */
    public static Map<String, String> alleenJaar(int jaar, String vptVv5, String... alsJaar) {
        String nieuwJaar = alsJaar.length == 0 ? Integer.toString(jaar) : alsJaar[0];
        Map<String, String> uit = new LinkedHashMap<>();
        TestTarieven.bestanden().forEach((naam, tekst) -> {
            String[] regels = tekst.replace("\r", "").split("\n");
            String inhoud = java.util.Arrays.stream(regels).skip(1)
                    .filter(r -> r.startsWith(jaar + ";") && !naam.equals(TariefCsv.PARAMETERS))
                    .map(r -> nieuwJaar + r.substring(4).replace(jaar + "-", nieuwJaar + "-"))
                    .map(r -> naam.equals(TariefCsv.PROFIELTARIEVEN) && r.startsWith(nieuwJaar + ";VV5;")
                            ? vervangVpt(r, vptVv5) : r)
                    .collect(Collectors.joining("\n"));
            uit.put(naam, regels[0] + "\n" + inhoud + "\n");
        });
        return uit;
    }

    private static String vervangVpt(String regel, String vpt) {
        String[] velden = regel.split(";", 7);
        velden[4] = vpt;
        return String.join(";", velden);
    }
}
