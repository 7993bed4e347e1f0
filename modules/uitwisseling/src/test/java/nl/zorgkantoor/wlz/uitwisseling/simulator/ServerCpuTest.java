package nl.zorgkantoor.wlz.uitwisseling.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerCpuTest {

    private static final int VERZOEK = 1;
    private static final int IO = 2;

    @Test
    void verdeeltDeTijdOverDeSoortenThreads() {
        var voor = new ServerCpu.Stand(1_000, Map.of("10", new long[] {VERZOEK, 400}, "11", new long[] {IO, 100}));
        var na = new ServerCpu.Stand(1_700, Map.of("10", new long[] {VERZOEK, 800}, "11", new long[] {IO, 250},
                "12", new long[] {ServerCpu.JIT, 150}));

        // totaal, verzoek, io, gc, jit, overig: the new thread counts from zero
        assertArrayEquals(new long[] {700, 400, 150, 0, 150, 0}, na.sinds(voor));
    }

    @Test
    void deTijdVanEenBeeindigdeThreadTeltAlsOverig() {
        var voor = new ServerCpu.Stand(1_000, Map.of("10", new long[] {VERZOEK, 400}, "11", new long[] {IO, 100}));
        // thread 11 ended after using another 80 ms: the process total has it, no live thread does
        var na = new ServerCpu.Stand(1_280, Map.of("10", new long[] {VERZOEK, 600}));

        assertArrayEquals(new long[] {280, 200, 0, 0, 0, 80}, na.sinds(voor));
    }

    @Test
    void leestDeEigenJvm() {
        var cpu = new ServerCpu(ProcessHandle.current().pid());
        var voor = cpu.stand();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        long som = 0;
        while (mx.getCurrentThreadCpuTime() - start < 200_000_000L) { // 200 ms CPU in this thread
            som += System.nanoTime() % 7;
        }
        long[] verbruikt = cpu.stand().sinds(voor);

        assertTrue(som >= 0);
        // /proc counts in ticks of 10 ms; this thread ("main" or a surefire thread) is of kind "overig"
        assertTrue(verbruikt[ServerCpu.TOTAAL] >= 150 && verbruikt[5] >= 150,
                () -> "/proc-tijden: " + java.util.Arrays.toString(verbruikt));
    }
}
