package nl.zorgkantoor.wlz.uitwisseling.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import org.junit.jupiter.api.Test;

/** RULES L-01: the reason of a deviation from the client's wish, as the toewijzing carries it. */
class NieuweToewijzingTest {

    private static final LocalDate DAG = LocalDate.of(2026, 1, 5);

    private static NieuweToewijzing met(String reden) {
        return new NieuweToewijzing(1, 1, "12345678", Leveringsvorm.VPT, DAG, reden);
    }

    @Test
    void eenLegeRedenIsGeenReden() {
        assertNull(met("   ").redenAfwijking());
        assertNull(met(null).redenAfwijking());
        assertNull(new NieuweToewijzing(1, 1, "12345678", Leveringsvorm.VPT, DAG).redenAfwijking());
    }

    @Test
    void deRedenWordtBijgesnedenEnIsBegrensd() {
        assertEquals("Geen plaats", met("  Geen plaats \n").redenAfwijking());
        assertEquals(NieuweToewijzing.MAX_REDEN, met("x".repeat(NieuweToewijzing.MAX_REDEN)).redenAfwijking().length());
        assertThrows(IllegalArgumentException.class, () -> met("x".repeat(NieuweToewijzing.MAX_REDEN + 1)));
    }

    @Test
    void deAanbiederIsEenAgbCodeVanAchtCijfers() {
        assertThrows(IllegalArgumentException.class,
                () -> new NieuweToewijzing(1, 1, "1234567", Leveringsvorm.VPT, DAG, null));
    }
}
