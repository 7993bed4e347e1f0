package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Toeslagsoort;
import static nl.zorgkantoor.wlz.regelingen.domain.Geval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class ToeslagRegelsTest {

    private static Geval geval(Toeslagsoort toeslag, Leveringsvorm vorm) {
        return new Geval().dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG, feiten(vorm).toeslag(toeslag)
                .aandoening("Vastgestelde aandoening").productiejaar(2026).bouw()).inBehandeling();
    }

    // RULES T-02
    @Test
    void t02_alleenDeZorgaanbiederVraagtAan() {
        assertThatThrownBy(() -> new Geval().dienIn(Soort.TOESLAG, Aanvrager.CLIENT, VANDAAG,
                feiten(Leveringsvorm.VERBLIJF).toeslag(Toeslagsoort.CVA).bouw()))
                .isInstanceOf(RegelOvertreding.class).hasMessageContaining("zorgaanbieder");
    }

    // RULES T-01
    @Test
    void t01_aandoeningWaaropDeToeslagBerust() {
        Geval g = new Geval().dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG,
                feiten(Leveringsvorm.VERBLIJF).toeslag(Toeslagsoort.HUNTINGTON).productiejaar(2026).bouw());
        assertThat(voldaan(g.toets(), "T-01")).isFalse();
        assertThat(voldaan(geval(Toeslagsoort.HUNTINGTON, Leveringsvorm.VERBLIJF).toets(), "T-01")).isTrue();
    }

    @Test
    void t01_beademingstoeslagVraagtBeademing() {
        assertThat(voldaan(geval(Toeslagsoort.NON_INVASIEVE_BEADEMING, Leveringsvorm.VERBLIJF).toets(), "T-01"))
                .isFalse();
        Geval beademd = new Geval().dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG,
                feiten(Leveringsvorm.VERBLIJF).toeslag(Toeslagsoort.NON_INVASIEVE_BEADEMING).beademing(true)
                        .aandoening("COPD").productiejaar(2026).bouw());
        assertThat(voldaan(beademd.toets(), "T-01")).isTrue();
    }

    @Test
    void t01_dagbestedingAlleenBijVg5OfVg8() {
        assertThat(voldaan(geval(Toeslagsoort.DAGBESTEDING_VG5_VG8, Leveringsvorm.MPT).toets(), "T-01")).isFalse();
        Geval vg8 = new Geval();
        vg8.profiel = Zorgprofiel.VG8;
        vg8.dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG, feiten(Leveringsvorm.MPT)
                .toeslag(Toeslagsoort.DAGBESTEDING_VG5_VG8).aandoening("vg8").productiejaar(2026).bouw());
        assertThat(voldaan(vg8.toets(), "T-01")).isTrue();
        assertThat(voldaan(vg8.toets(), "B-02")).isTrue();
    }

    // RULES T-03
    @Test
    void t03_jeugdtoeslagJongerDan23() {
        Geval jong = new Geval();
        jong.geboortedatum = VANDAAG.minusYears(22);
        jong.dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG, feiten(Leveringsvorm.VERBLIJF)
                .toeslag(Toeslagsoort.JEUGD_ONDER_23).aandoening("jeugd").productiejaar(2026).bouw());
        assertThat(voldaan(jong.toets(), "T-03")).isTrue();
        Geval oud = new Geval();
        oud.geboortedatum = VANDAAG.minusYears(23);
        oud.dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG, feiten(Leveringsvorm.VERBLIJF)
                .toeslag(Toeslagsoort.JEUGD_ONDER_23).aandoening("jeugd").productiejaar(2026).bouw());
        assertThat(voldaan(oud.toets(), "T-03")).isFalse();
    }

    @Test
    void t03_jeugdtoeslagAlleenInEenInstelling() {
        Geval thuis = new Geval();
        thuis.geboortedatum = VANDAAG.minusYears(20);
        thuis.dienIn(Soort.TOESLAG, Aanvrager.ZORGAANBIEDER, VANDAAG, feiten(Leveringsvorm.MPT)
                .toeslag(Toeslagsoort.JEUGD_ONDER_23).aandoening("jeugd").productiejaar(2026).bouw());
        assertThat(voldaan(thuis.toets(), "T-03")).isFalse();
    }

    // RULES B-02
    @Test
    void b02_instellingsgebondenToeslagNietThuis() {
        assertThat(voldaan(geval(Toeslagsoort.GESPECIALISEERDE_EPILEPSIEZORG, Leveringsvorm.VPT).toets(), "B-02"))
                .isFalse();
        assertThat(voldaan(geval(Toeslagsoort.GESPECIALISEERDE_EPILEPSIEZORG, Leveringsvorm.VERBLIJF).toets(), "B-02"))
                .isTrue();
        assertThat(voldaan(geval(Toeslagsoort.WOONZORG, Leveringsvorm.PGB).toets(), "B-02")).isFalse();
        assertThat(voldaan(geval(Toeslagsoort.HUNTINGTON, Leveringsvorm.PGB).toets(), "B-02")).isTrue();
    }

    // RULES T-02
    @Test
    void t02_toeslagLooptBinnenHetProductiejaar() {
        Geval g = geval(Toeslagsoort.CVA, Leveringsvorm.VERBLIJF);
        g.besluit(toekenning(LocalDate.of(2026, 3, 1), 12, regel(Leveringsvorm.VERBLIJF, 8_000)));
        assertThat(g.aanvraag.besluit().periode().eind()).isEqualTo(LocalDate.of(2026, 12, 31));
        Geval vorigJaar = geval(Toeslagsoort.CVA, Leveringsvorm.VERBLIJF);
        assertThatThrownBy(() -> vorigJaar.besluit(toekenning(LocalDate.of(2025, 12, 1), 1,
                regel(Leveringsvorm.VERBLIJF, 8_000)))).hasMessageContaining("T-02");
    }
}
