package nl.zorgkantoor.wlz.indicatie.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Periode;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class IndicatiebesluitTest {

    // RULES I-01
    @Test
    void i01_eenBesluitZonderEinddatumGeldtOnbepaaldeTijd() {
        Indicatiebesluit besluit = new Indicatiebesluit(7, 1, Zorgprofiel.VV5, Leveringsvorm.VERBLIJF,
                Periode.vanaf(LocalDate.of(2024, 3, 1)), false, Instant.EPOCH);

        assertTrue(besluit.geldigheid().isOpen());
        assertTrue(besluit.geldigheid().bevat(LocalDate.of(2040, 1, 1)));
        assertEquals(Zorgprofiel.VV5, besluit.zorgprofiel());
    }

    @Test
    void tr079_besluitnummerIsPositief() {
        assertThrows(IllegalArgumentException.class, () -> new Indicatiebesluit(7, 0, Zorgprofiel.VV5, null,
                Periode.vanaf(LocalDate.of(2024, 3, 1)), false, Instant.EPOCH));
    }
}
