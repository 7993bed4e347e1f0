package nl.zorgkantoor.wlz.uitwisseling.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The message log's ids: blocks from the sequence (which increments by the block size), never one id twice. */
class NummerblokTest {

    @Test
    void eenBlokBegintBijDeWaardeVanDeReeksEnDeVolgendeReeksaanroepPasAlsHetOpIs() {
        AtomicLong reeks = new AtomicLong(1);
        AtomicInteger aanroepen = new AtomicInteger();
        BerichtlogRepository.Nummerblok blok = new BerichtlogRepository.Nummerblok(50);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(blok.volgende(() -> {
                aanroepen.incrementAndGet();
                return reeks.getAndAdd(50);
            }));
        }
        assertEquals(3, aanroepen.get(), "120 ids uit blokken van 50");
        assertEquals(List.of(1L, 50L, 51L, 100L, 101L, 120L),
                List.of(ids.get(0), ids.get(49), ids.get(50), ids.get(99), ids.get(100), ids.get(119)));
    }

    @Test
    void gelijktijdigeAanvragenKrijgenElkEenEigenId() throws Exception {
        AtomicLong reeks = new AtomicLong(1);
        BerichtlogRepository.Nummerblok blok = new BerichtlogRepository.Nummerblok(50);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> uitkomsten = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            uitkomsten.add(pool.submit(() -> blok.volgende(() -> reeks.getAndAdd(50))));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<Long> f : uitkomsten) {
            ids.add(f.get());
        }
        pool.shutdown();
        assertEquals(5_000, ids.size());
    }
}
