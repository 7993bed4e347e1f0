package nl.zorgkantoor.wlz.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodeEnBedragTest {

    private static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);

    @Test
    void eenSchrikkeljaarHeeft366Dagen() {
        assertThat(Periode.jaar(2024).dagen()).isEqualTo(366);
        assertThat(Periode.jaar(2025).dagen()).isEqualTo(365);
    }

    @Test
    void einddatumVoorBegindatumIsOngeldig_CS003() {
        assertThatThrownBy(() -> Periode.van(JAN1, JAN1.minusDays(1))).hasMessageContaining("CS003");
    }

    @Test
    void openPeriodeBevatAllesNaDeBegindatum() {
        Periode open = Periode.vanaf(JAN1);
        assertThat(open.bevat(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(open.bevat(JAN1.minusDays(1))).isFalse();
        assertThat(open.omvat(Periode.jaar(2030))).isTrue();
        assertThat(Periode.jaar(2024).omvat(open)).isFalse();
        assertThat(Periode.jaar(2024).overlapt(Periode.vanaf(LocalDate.of(2024, 12, 31)))).isTrue();
        assertThat(Periode.jaar(2024).overlapt(Periode.jaar(2025))).isFalse();
    }

    @Test
    void bedragenWordenHalfUpOpCentenAfgerond() {
        assertThat(Bedrag.euro("10.005")).isEqualTo(Bedrag.euro("10.01"));
        assertThat(Bedrag.euro("10.004")).isEqualTo(Bedrag.euro("10.00"));
        assertThat(Bedrag.euro(100).percentage(new BigDecimal("25"))).isEqualTo(Bedrag.euro(25));
        assertThat(Bedrag.centen(12345).inCenten()).isEqualTo(12345);
        assertThat(Bedrag.euro("1234.5").formatteer()).isEqualTo("€ 1.234,50");
    }
}
