package nl.zorgkantoor.wlz.toezicht.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoWachtlijst.Status;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoWachtlijst.Verblijf;
import org.junit.jupiter.api.Test;

class DemoWachtlijstTest {

    private static final DemoPopulatie POPULATIE = new DemoPopulatie(DemoPopulatie.STANDAARD_SEED, 20_000,
            ZorgkantoorRegio.actieve());

    @Test
    void ongeveerVijfEnEenHalfProcentWachtOpElkePeildatum() {
        for (LocalDate peil : List.of(LocalDate.of(2022, 9, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2026, 9, 1))) {
            long wachtend = 0;
            for (long n = 1; n <= POPULATIE.aantal(); n++) {
                wachtend += DemoWachtlijst.verblijven(POPULATIE, POPULATIE.client(n)).stream()
                        .filter(v -> !v.begin().isAfter(peil) && (v.einde() == null || v.einde().isAfter(peil)))
                        .count();
            }
            double aandeel = 100.0 * wachtend / POPULATIE.aantal();
            assertThat(aandeel).as("aandeel wachtend op %s", peil).isBetween(4.5, 6.5);
        }
    }

    // RULES W-01
    @Test
    void w01_geschiedenisIsGeordendEnVoor2021BestaanStatus6En7Niet() {
        for (long n = 1; n <= 5_000; n++) {
            List<Verblijf> verblijven = DemoWachtlijst.verblijven(POPULATIE, POPULATIE.client(n));
            assertThat(verblijven).isEqualTo(DemoWachtlijst.verblijven(POPULATIE, POPULATIE.client(n)));
            for (Verblijf v : verblijven) {
                for (int i = 1; i < v.statussen().size(); i++) {
                    assertThat(v.statussen().get(i).van()).isAfterOrEqualTo(v.statussen().get(i - 1).van());
                }
                Status laatste = v.statussen().get(v.statussen().size() - 1);
                if (v.einde() != null) {
                    assertThat(v.einde()).isAfter(laatste.van());
                    assertThat(v.eindstatus().isWachtend()).isFalse();
                }
                v.statussen().stream()
                        .filter(s -> s.van().isBefore(DemoWachtlijst.NIEUWE_STATUSSEN))
                        .forEach(s -> assertThat(s.status()).isNotIn(Leveringsstatus.URGENT_PLAATSEN,
                                Leveringsstatus.ACTIEF_PLAATSEN));
                assertThat(v.statussen()).hasSizeLessThanOrEqualTo(4);
            }
        }
    }
}
