package nl.zorgkantoor.wlz.regelingen.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.regelingen.api.Actie;
import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Toeslagsoort;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import nl.zorgkantoor.wlz.regelingen.infrastructure.demo.DemoRegelingen.Aanvraag;
import nl.zorgkantoor.wlz.regelingen.infrastructure.demo.DemoRegelingen.Grond;
import nl.zorgkantoor.wlz.regelingen.infrastructure.demo.DemoRegelingen.Stap;
import org.junit.jupiter.api.Test;

class DemoRegelingenTest {

    private static final DemoPopulatie POPULATIE = new DemoPopulatie(DemoPopulatie.STANDAARD_SEED, 100_000,
            ZorgkantoorRegio.actieve());
    private static final List<Aanvraag> AANVRAGEN = aanvragen();

    @Test
    void eenKommaVierProcentVanDeClientenHeeftEenRegeling() {
        // domain README, "Scale": 1.4% of the clients have an extra-care regeling
        assertThat(AANVRAGEN.size() / (double) POPULATIE.aantal()).isBetween(0.012, 0.016);
        Map<Soort, Integer> perSoort = new EnumMap<>(Soort.class);
        AANVRAGEN.forEach(a -> perSoort.merge(a.soort(), 1, Integer::sum));
        assertThat(perSoort).containsKeys(Soort.MEERZORG, Soort.EKT, Soort.TOESLAG, Soort.PAB);
        long afgewezen = AANVRAGEN.stream().filter(a -> a.uitkomst() == Uitkomst.AFGEWEZEN).count();
        long besloten = AANVRAGEN.stream().filter(a -> a.uitkomst() != null).count();
        assertThat(afgewezen / (double) besloten).isBetween(0.05, 0.13);
        assertThat(AANVRAGEN.stream().filter(a -> a.status().isOpen())).isNotEmpty();
        assertThat(AANVRAGEN.stream().filter(a -> a.status() == Status.VERLOPEN)).isNotEmpty();
        assertThat(AANVRAGEN.stream().filter(a -> a.status() == Status.TOEGEKEND)).isNotEmpty();
    }

    @Test
    void elkeRegelingAlleenWaarDeRegelsHemToestaan() {
        for (Aanvraag a : AANVRAGEN) {
            Zorgprofiel profiel = a.client().zorgprofiel();
            Leveringsvorm vorm = a.client().leveringsvorm();
            switch (a.soort()) {
                // RULES M-01: VV5/VV6 and lower profiles are not eligible
                case MEERZORG -> assertThat(profiel.name()).isIn("VV7", "VV8", "VG5", "VG7", "VG8", "LVG4", "LVG5",
                        "SGLVG1", "LG5", "LG6", "LG7", "ZGAUD3", "ZGVIS5", "GGZ6B", "GGZ7B");
                // RULES E-01: only with mpt or pgb
                case EKT -> assertThat(vorm).isIn(Leveringsvorm.PGB, Leveringsvorm.MPT);
                // RULES P-01, P-02
                case PAB -> {
                    assertThat(profiel.name()).isIn("LG5", "LG6", "LG7", "VV7", "VV8");
                    assertThat(vorm).isEqualTo(Leveringsvorm.PGB);
                    assertThat(DemoRegelingen.leeftijd(a.client(), a.aanvraagdatum())).isGreaterThanOrEqualTo(18);
                }
                case TOESLAG -> {
                    if (vorm.isThuis()) { // RULES B-02
                        assertThat(a.toeslag().isInstellingsgebonden()).isFalse();
                        assertThat(a.toeslag().isGebruikelijkeZorg()).isFalse();
                    }
                    if (a.toeslag() == Toeslagsoort.JEUGD_ONDER_23) { // RULES T-03
                        assertThat(vorm.isThuis()).isFalse();
                        assertThat(DemoRegelingen.leeftijd(a.client(), a.aanvraagdatum())).isLessThan(23);
                    }
                }
                default -> throw new AssertionError("geen overbruggingszorg in de demoset: " + a);
            }
        }
    }

    @Test
    void deStatusVolgtUitDeStappenEnDeDatums() {
        for (Aanvraag a : AANVRAGEN) {
            List<Stap> stappen = a.stappen();
            assertThat(stappen).hasSizeBetween(2, DemoRegelingen.MAX_STAPPEN);
            assertThat(stappen.get(0).actie()).isEqualTo(Actie.INGEDIEND);
            assertThat(stappen.get(stappen.size() - 1).naar()).isEqualTo(a.status());
            for (int i = 1; i < stappen.size(); i++) {
                assertThat(stappen.get(i).van()).isEqualTo(stappen.get(i - 1).naar());
                assertThat(stappen.get(i).van().equals(stappen.get(i).naar())
                        || stappen.get(i).van().magNaar(stappen.get(i).naar())).as(a.toString()).isTrue();
                assertThat(stappen.get(i).wanneer()).isAfterOrEqualTo(stappen.get(i - 1).wanneer());
            }
            assertThat(a.aanvraagdatum()).isBefore(DemoPopulatie.HORIZON);
            if (a.status().isOpen()) {
                // RULES E-08: still within the eight weeks at the horizon
                assertThat(a.beslistermijn()).isAfter(DemoPopulatie.HORIZON);
                assertThat(a.uitkomst()).isNull();
                assertThat(a.regels()).isEmpty();
                continue;
            }
            assertThat(a.besloten()).isBefore(DemoPopulatie.HORIZON).isBeforeOrEqualTo(a.beslistermijn());
            assertThat(a.gronden()).hasSizeBetween(1, DemoRegelingen.MAX_GRONDEN);
            if (a.uitkomst() == Uitkomst.AFGEWEZEN) {
                assertThat(a.gronden()).anyMatch(g -> !g.voldaan());
                assertThat(a.regels()).isEmpty();
            } else {
                assertThat(a.gronden()).allMatch(Grond::voldaan);
                assertThat(a.regels()).hasSize(1);
                assertThat(a.regels().get(0).bedragPerJaar()).isPositive();
                if (a.soort() == Soort.PAB) { // RULES P-04
                    assertThat(a.regels().get(0).bedragPerJaar()).isLessThanOrEqualTo(new BigDecimal("239110.00"));
                }
                assertThat(a.einddatum()).isAfter(a.ingangsdatum());
                assertThat(a.heraanvraagdatum()).isBefore(a.einddatum());
                assertThat(a.status()).isEqualTo(a.einddatum().isBefore(DemoPopulatie.HORIZON)
                        ? Status.VERLOPEN : Status.TOEGEKEND);
            }
        }
    }

    @Test
    void hetzelfdeZaadGeeftDezelfdeAanvragen() {
        for (Aanvraag a : AANVRAGEN.subList(0, 200)) {
            assertThat(DemoRegelingen.voor(POPULATIE, POPULATIE.client(a.client().nummer()))).isEqualTo(a);
        }
    }

    private static List<Aanvraag> aanvragen() {
        List<Aanvraag> lijst = new ArrayList<>();
        for (long n = 1; n <= POPULATIE.aantal(); n++) {
            Aanvraag a = DemoRegelingen.voor(POPULATIE, POPULATIE.client(n));
            if (a != null) {
                lijst.add(a);
            }
        }
        return lijst;
    }
}
