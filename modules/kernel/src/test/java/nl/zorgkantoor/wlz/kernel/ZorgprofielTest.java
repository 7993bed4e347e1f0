package nl.zorgkantoor.wlz.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RULES I-02: profiles per sector and their iWlz ZzpCode. */
class ZorgprofielTest {

    @Test
    void i02_vvProfielenHebbenZzpCodes750Tot759() {
        assertThat(Zorgprofiel.VV1.zzpCode()).isEqualTo("750");
        assertThat(Zorgprofiel.VV10.zzpCode()).isEqualTo("759");
        assertThat(Zorgprofiel.vanZzpCode("754")).contains(Zorgprofiel.VV5);
        assertThat(Zorgprofiel.VV5.label()).isEqualTo("5VV");
    }

    // RULES I-02
    @Test
    void i02_ghzKentGeenProfiel9of10() {
        assertThat(Arrays.stream(Zorgprofiel.values()).filter(p -> p.sector() == Sector.GHZ))
                .allMatch(p -> p.nummer() <= 8);
    }

    // RULES I-02
    @Test
    void i02_elkeZzpCodeIsUniek() {
        assertThat(Arrays.stream(Zorgprofiel.values()).map(Zorgprofiel::zzpCode).distinct().count())
                .isEqualTo(Zorgprofiel.values().length);
    }

    @Test
    void labelsEnNamenWordenHerkend() {
        assertThat(Zorgprofiel.parse("5GGZ-W")).isEqualTo(Zorgprofiel.GGZ5W);
        assertThat(Zorgprofiel.parse("LG6")).isEqualTo(Zorgprofiel.LG6);
        assertThat(Zorgprofiel.GGZ5W.sector()).isEqualTo(Sector.GGZ);
        assertThatThrownBy(() -> Zorgprofiel.parse("11VV")).hasMessageContaining("Onbekend zorgprofiel");
    }

    @Test
    void leveringsvormCodesVolgenIwlz() {
        assertThat(Leveringsvorm.vanIwlzCode("2")).contains(Leveringsvorm.PGB);
        assertThat(Leveringsvorm.vanIwlzCode("7")).contains(Leveringsvorm.MPT);
        assertThat(Leveringsvorm.MPT.isThuis()).isTrue();
        assertThat(Leveringsvorm.VERBLIJF.isThuis()).isFalse();
    }

    @Test
    void eenendertigActieveRegios() {
        assertThat(ZorgkantoorRegio.actieve()).hasSize(31);
        assertThat(ZorgkantoorRegio.parse("5509")).isEqualTo(ZorgkantoorRegio.UTRECHT);
        assertThatThrownBy(() -> ZorgkantoorRegio.parse("5522")).hasMessageContaining("5522");
    }
}
