package nl.zorgkantoor.wlz.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BedragConverterTest {

    private final BedragConverter converter = new BedragConverter();

    private BigDecimal lees(String invoer) {
        return converter.getAsObject(null, null, invoer);
    }

    @Test
    void leestBedragenZoalsNederlandseGebruikersZeTypen() {
        assertEquals(new BigDecimal("3000"), lees("3000"));
        assertEquals(new BigDecimal("3000.50"), lees("3000,50"));
        assertEquals(new BigDecimal("3000.50"), lees("3.000,50"));
        assertEquals(new BigDecimal("3000.50"), lees("€ 3.000,50"));
        assertEquals(new BigDecimal("3000.50"), lees("3000.50"));
        assertEquals(new BigDecimal("3000"), lees("3.000"));
        assertEquals(new BigDecimal("1234567"), lees("1.234.567"));
        assertNull(lees("  "));
    }

    @Test
    void weigertMeerDanTweeDecimalenNegatieveBedragenEnTekstInPlaatsVanAfronden() {
        assertThrows(ConverterException.class, () -> lees("3000,505"));
        assertThrows(ConverterException.class, () -> lees("-10"));
        assertThrows(ConverterException.class, () -> lees("drieduizend"));
    }

    @Test
    void toontEenBedragMetEenKomma() {
        assertEquals("3000,50", converter.getAsString(null, null, new BigDecimal("3000.50")));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
