package nl.zorgkantoor.wlz.budget.infrastructure.tarief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import nl.zorgkantoor.wlz.budget.domain.tarief.TariefCsv;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefversie;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway migration that loads one tariff version from the four CSV files in a folder of the module, so the CSV
 * files stay the single source of truth. The checksum covers the files' content: editing a landed CSV is reported
 * by Flyway's validation like an edited SQL migration; new figures go in a new folder and a new migration.
 */
public abstract class CsvTariefMigratie extends BaseJavaMigration {

    private final String map;
    private final int tariefversie;
    private final String omschrijving;

    protected CsvTariefMigratie(String map, int tariefversie, String omschrijving) {
        this.map = map;
        this.tariefversie = tariefversie;
        this.omschrijving = omschrijving;
    }

    /** The four files of the folder, by name; also used by tests to compute with exactly the migrated data. */
    public Map<String, String> bestanden() {
        Map<String, String> inhoud = new LinkedHashMap<>();
        for (String bestand : TariefCsv.BESTANDEN) {
            String pad = map + "/" + bestand;
            try (InputStream in = CsvTariefMigratie.class.getClassLoader().getResourceAsStream(pad)) {
                if (in == null) {
                    throw new IllegalStateException("Tariefbestand " + pad + " ontbreekt in de module");
                }
                inhoud.put(bestand, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Tariefbestand " + pad + " onleesbaar", e);
            }
        }
        return inhoud;
    }

    public Tariefset tariefset() {
        return TariefCsv.lees(tariefversie, bestanden());
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        bestanden().forEach((naam, tekst) -> {
            crc.update(naam.getBytes(StandardCharsets.UTF_8));
            crc.update(tekst.replace("\r", "").getBytes(StandardCharsets.UTF_8));
        });
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        TariefsetSchrijver.schrijf(context.getConnection(), tariefset(),
                new Tariefversie(tariefversie, omschrijving, "classpath:" + map, "flyway", Instant.now()));
    }
}
