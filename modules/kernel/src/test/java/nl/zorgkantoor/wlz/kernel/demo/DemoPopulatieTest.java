package nl.zorgkantoor.wlz.kernel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Sector;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;
import org.junit.jupiter.api.Test;

class DemoPopulatieTest {

    @Test
    void dezelfdeSeedGeeftDezelfdeCliënt() {
        DemoPopulatie a = DemoPopulatie.nationaal();
        DemoPopulatie b = DemoPopulatie.nationaal();
        assertThat(a.client(123_456)).isEqualTo(b.client(123_456));
    }

    @Test
    void bsnsZijnGeldigEnUniek() {
        DemoPopulatie populatie = DemoPopulatie.demo();
        Set<String> gezien = new HashSet<>();
        LongStream.rangeClosed(1, populatie.aantal()).mapToObj(populatie::client).forEach(c -> {
            assertThat(Bsn.isGeldig(c.bsn())).isTrue();
            assertThat(gezien.add(c.bsn())).isTrue();
        });
    }

    @Test
    void sectorMixVolgtDeLandelijkeVerhoudingen() {
        DemoPopulatie populatie = new DemoPopulatie(1, 20_000, DemoPopulatie.DEMO_REGIOS);
        long vv = LongStream.rangeClosed(1, 20_000).mapToObj(populatie::client)
                .filter(c -> c.zorgprofiel().sector() == Sector.VV).count();
        assertThat(vv / 20_000.0).isBetween(0.53, 0.57);
    }

    // RULES L-03
    @Test
    void l03_geenPgbVoor5GgzW() {
        DemoPopulatie populatie = new DemoPopulatie(7, 50_000, DemoPopulatie.DEMO_REGIOS);
        assertThat(LongStream.rangeClosed(1, 50_000).mapToObj(populatie::client)
                .filter(c -> c.zorgprofiel() == Zorgprofiel.GGZ5W)
                .noneMatch(c -> c.leveringsvorm() == Leveringsvorm.PGB)).isTrue();
    }
}
