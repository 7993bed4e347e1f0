package nl.zorgkantoor.wlz.toezicht.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CelopmaakTest {

    // RULES W-08
    @Test
    void w08_aantallenEenTotVierWordenOnderdrukt() {
        assertThat(Celopmaak.aantal(0).tekst()).isEqualTo("0");
        assertThat(Celopmaak.aantal(1).tekst()).isEqualTo("<5");
        assertThat(Celopmaak.aantal(4).tekst()).isEqualTo("<5");
        assertThat(Celopmaak.aantal(4).waarde()).isNull();
        assertThat(Celopmaak.aantal(5).tekst()).isEqualTo("5");
        assertThat(Celopmaak.aantal(24862).tekst()).isEqualTo("24.862");
    }

    // RULES W-08
    @Test
    void w08_afgeleideCijfersOpMinderDanVijfClientenWordenOnderdrukt() {
        assertThat(Celopmaak.aandeel(1, 4).tekst()).isEqualTo("<5");
        assertThat(Celopmaak.afgeleid(120, 3).tekst()).isEqualTo("<5");
        assertThat(Celopmaak.aandeel(2, 3).waarde()).isNull();
        assertThat(Celopmaak.aandeel(2, 8).tekst()).isEqualTo("25,0%");
        assertThat(Celopmaak.aandeel(0, 0).tekst()).isEqualTo("-");
        assertThat(Celopmaak.afgeleid(120.5, 5).tekst()).isEqualTo("121");
    }
}
