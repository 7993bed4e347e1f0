package nl.zorgkantoor.wlz.toezicht.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoClient;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.toezicht.api.Leveringsstatus;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoWachtlijst.Verblijf;
import nl.zorgkantoor.wlz.toezicht.infrastructure.demo.DemoZorglevering.Levering;
import org.junit.jupiter.api.Test;

class DemoZorgleveringTest {

    private static final DemoPopulatie POPULATIE = new DemoPopulatie(DemoPopulatie.STANDAARD_SEED, 20_000,
            ZorgkantoorRegio.actieve());

    @Test
    void periodesSluitenOpElkaarAanEnAlleenDeLaatsteLoopt() {
        for (long n = 1; n <= POPULATIE.aantal(); n++) {
            DemoClient c = POPULATIE.client(n);
            List<Levering> leveringen = leveringen(c);
            assertThat(leveringen).isEqualTo(leveringen(c));
            assertThat(leveringen).hasSizeLessThanOrEqualTo(DemoZorglevering.MAX_PERIODES);
            for (int i = 0; i < leveringen.size(); i++) {
                Levering l = leveringen.get(i);
                assertThat(l.volgnummer()).isEqualTo(i);
                assertThat(l.aanbieder()).matches("[0-9]{8}");
                assertThat(l.begin()).isAfterOrEqualTo(c.indicatieIngangsdatum())
                        .isBefore(DemoWachtlijst.HORIZON);
                if (i + 1 < leveringen.size()) {
                    assertThat(l.einde()).isEqualTo(leveringen.get(i + 1).begin()).isAfter(l.begin());
                    assertThat(l.mutatiecodeEinde()).isIn("17", "21");
                } else {
                    assertThat(l.einde()).isNull();
                    assertThat(l.leveringsvorm()).isEqualTo(c.leveringsvorm());
                }
            }
        }
    }

    /** CS127: an aanbieder reports no pgb in AW35, so a pgb client has no care-delivery periods. */
    @Test
    void eenPgbClientHeeftGeenZorglevering() {
        long pgb = 0;
        for (long n = 1; n <= 2_000; n++) {
            DemoClient c = POPULATIE.client(n);
            if (c.leveringsvorm() == Leveringsvorm.PGB) {
                pgb++;
                assertThat(leveringen(c)).isEmpty();
            }
        }
        assertThat(pgb).isPositive();
    }

    /** RULES W-01: "in zorg" ends a wait because care started there, so that day a period starts at that aanbieder. */
    @Test
    void w01_elkePlaatsingVanafDeWachtlijstBegintEenPeriodeBijDieAanbieder() {
        long plaatsingen = 0;
        for (long n = 1; n <= POPULATIE.aantal(); n++) {
            DemoClient c = POPULATIE.client(n);
            List<Levering> leveringen = leveringen(c);
            if (leveringen.isEmpty()) {
                continue;
            }
            for (Verblijf v : DemoWachtlijst.verblijven(POPULATIE, c)) {
                if (v.eindstatus() == Leveringsstatus.IN_ZORG && !v.einde().isBefore(leveringen.get(0).begin())) {
                    plaatsingen++;
                    assertThat(leveringen).anyMatch(l -> l.begin().equals(v.einde())
                            && l.aanbieder().equals(v.geplaatstBij()));
                }
            }
        }
        assertThat(plaatsingen).isGreaterThan(1_000);
    }

    /**
     * Issue 9 asks about 2 million care-delivery and waiting-status events for 450,000 clients: a start (AW35) and
     * an end (AW39) per period, and every waiting status.
     */
    @Test
    void ongeveerTweeMiljoenGebeurtenissenOpNationaleSchaal() {
        long gebeurtenissen = 0;
        for (long n = 1; n <= POPULATIE.aantal(); n++) {
            DemoClient c = POPULATIE.client(n);
            for (Levering l : leveringen(c)) {
                gebeurtenissen += l.einde() == null ? 1 : 2;
            }
            for (Verblijf v : DemoWachtlijst.verblijven(POPULATIE, c)) {
                gebeurtenissen += v.statussen().size();
            }
        }
        double nationaal = gebeurtenissen * (double) DemoPopulatie.NATIONAAL_AANTAL / POPULATIE.aantal();
        assertThat(nationaal).isBetween(1_700_000.0, 2_400_000.0);
    }

    private static List<Levering> leveringen(DemoClient c) {
        return DemoZorglevering.periodes(POPULATIE, c, DemoWachtlijst.verblijven(POPULATIE, c));
    }
}
