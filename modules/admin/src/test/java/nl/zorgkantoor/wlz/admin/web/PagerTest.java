package nl.zorgkantoor.wlz.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import org.junit.jupiter.api.Test;

class PagerTest {

    /** A "database" of 45 rows that records which window was asked. */
    private final List<String> gevraagd = new ArrayList<>();

    private Pagina<Long> bron(int eerste, int grootte) {
        gevraagd.add(eerste + "+" + grootte);
        List<Long> rijen = LongStream.range(eerste, Math.min(45, eerste + grootte)).boxed().toList();
        return new Pagina<>(rijen, 45, eerste, grootte);
    }

    @Test
    void bladertVooruitEnTerugEnVraagtAlleenEenPaginaOp() {
        Pager<Long> pager = new Pager<>(20);
        assertEquals(List.of(0L), pager.laad(this::bron).rijen().subList(0, 1));
        pager.volgende();
        pager.laad(this::bron);
        pager.volgende();
        Pagina<Long> laatste = pager.laad(this::bron);
        assertEquals(5, laatste.rijen().size());
        assertFalse(laatste.heeftVolgende());
        pager.volgende(); // past the end: stays on the last page
        assertEquals(40, pager.laad(this::bron).eerste());
        pager.vorige();
        assertEquals(20, pager.laad(this::bron).eerste());
        assertEquals(List.of("0+20", "20+20", "40+20", "40+20", "20+20"), gevraagd);
    }

    @Test
    void eenLegePaginaNaEenNieuwFilterGaatTerugNaarPaginaEen() {
        Pager<Long> pager = new Pager<>(20);
        pager.laad(this::bron);
        pager.volgende();
        pager.laad(this::bron);
        // the filter now matches fewer rows: the page the user was on no longer exists
        Pagina<Long> pagina = pager.laad((eerste, grootte) -> new Pagina<>(eerste == 0 ? List.of(1L) : List.of(), 1,
                eerste, grootte));
        assertEquals(0, pagina.eerste());
        assertEquals(1, pagina.totaal());
    }

    @Test
    void deGrootteIsBegrensdZodatNiemandAllesTegelijkOpvraagt() {
        assertEquals(Pagina.MAXIMALE_GROOTTE, new Pager<Long>(1_000_000).grootte());
        assertTrue(new Pager<Long>(0).grootte() >= 1);
    }
}
