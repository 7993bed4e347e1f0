package nl.zorgkantoor.wlz.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES X-04 / iWlz CS002: the 11-proef. */
class BsnTest {

    @ParameterizedTest(name = "X-04 geldig BSN {0}")
    @ValueSource(strings = {"999990007", "999990019", "999990020", "999990032", "999990044", "111222333", "123456782"})
    void x04_geldigeNummersSlagenVoorDeElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
        assertThat(Bsn.of(bsn).waarde()).isEqualTo(bsn);
    }

    @ParameterizedTest(name = "X-04 ongeldig BSN {0}")
    @ValueSource(strings = {"999990008", "123456789", "000000000", "12345678", "1234567890", "12345678a", ""})
    void x04_ongeldigeNummersWordenGeweigerd(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
        assertThatThrownBy(() -> Bsn.of(bsn)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11-proef");
    }

    // RULES X-04
    @Property
    void x04_eenCijferWijzigenMaaktEenGeldigBsnOngeldig(@ForAll @IntRange(min = 0, max = 8) int positie,
                                                        @ForAll @IntRange(min = 1, max = 9) int delta) {
        String geldig = "999990019";
        char[] cijfers = geldig.toCharArray();
        cijfers[positie] = (char) ('0' + (cijfers[positie] - '0' + delta) % 10);
        assertThat(Bsn.isGeldig(new String(cijfers))).isFalse();
    }

    @Test
    void deFoutmeldingToontHetNummerNietVolledig() {
        assertThatThrownBy(() -> Bsn.of("123456789")).hasMessageNotContaining("123456789").hasMessageContaining("789");
        assertThat(Bsn.of("999990019").toString()).isEqualTo("******019");
    }

    @Test
    void controlecijferMaaktAchtCijfersGeldig() {
        assertThat(Bsn.metControlecijfer("99999001")).isEqualTo("999990019");
    }
}
