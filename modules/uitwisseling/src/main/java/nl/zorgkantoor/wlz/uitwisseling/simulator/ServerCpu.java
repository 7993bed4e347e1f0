package nl.zorgkantoor.wlz.uitwisseling.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a server process on this machine used, per kind of thread (from /proc, Linux): throughput on a shared
 * machine drifts with whatever else runs, CPU per message hardly; and the kinds show whether a path costs in the
 * request threads, Undertow's I/O threads, the garbage collector or the JIT compiler.
 */
final class ServerCpu {

    /** The kinds of thread, in the order of {@link Stand#ms()}; "totaal" is the whole process. */
    static final List<String> SOORTEN = List.of("totaal", "verzoek", "io", "gc", "jit", "overig");
    static final int TOTAAL = 0;
    static final int JIT = 4;
    private static final int OVERIG = 5;

    /** USER_HZ: the unit of the times in /proc, 100 on every Linux (an ABI constant, whatever the kernel's HZ). */
    private static final long KLOKTIKKEN_PER_SECONDE = 100;

    private final long pid;

    ServerCpu(long pid) {
        this.pid = pid;
    }

    boolean bekend() {
        return pid > 0;
    }

    /** The CPU time so far: of the process, and per live thread with its kind. */
    Stand stand() {
        if (!bekend()) {
            return new Stand(0, Map.of());
        }
        Map<String, long[]> threads = new HashMap<>();
        try (Stream<Path> taken = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path taak : (Iterable<Path>) taken::iterator) {
                try {
                    String stat = Files.readString(taak.resolve("stat"));
                    threads.put(taak.getFileName().toString(), new long[] {soort(naam(stat)), ms(stat)});
                } catch (IOException verdwenen) {
                    // the thread ended between the listing and the read: its time is in the process total
                }
            }
            return new Stand(ms(Files.readString(Path.of("/proc/" + pid + "/stat"))), threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU times of a process at one moment. */
    record Stand(long procesMs, Map<String, long[]> threads) {

        /**
         * The CPU milliseconds per kind used since {@code eerder}, in the order of {@link #SOORTEN}. A thread that
         * ended in between took its last slice along; the process total still has it, so what the live threads do
         * not explain counts as "overig". Each thread's time is rounded to 10 ms ticks on its own, so over a short
         * phase "overig" can come out a few hundredths of a millisecond per message below zero.
         */
        long[] sinds(Stand eerder) {
            long[] ms = new long[SOORTEN.size()];
            ms[TOTAAL] = procesMs - eerder.procesMs;
            long verklaard = 0;
            for (Map.Entry<String, long[]> thread : threads.entrySet()) {
                long[] voor = eerder.threads.get(thread.getKey());
                long delta = thread.getValue()[1] - (voor == null ? 0 : voor[1]);
                ms[(int) thread.getValue()[0]] += delta;
                verklaard += delta;
            }
            ms[OVERIG] += ms[TOTAAL] - verklaard;
            return ms;
        }
    }

    private static String naam(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** utime + stime: fields 14 and 15, counted after the command name (which may contain spaces). */
    private static long ms(String stat) {
        String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(velden[11]) + Long.parseLong(velden[12])) * 1000 / KLOKTIKKEN_PER_SECONDE;
    }

    private static int soort(String thread) {
        if (thread.startsWith("default task")) {
            return 1;
        }
        if (thread.contains("I/O")) {
            return 2;
        }
        if (thread.startsWith("GC") || thread.startsWith("G1")) {
            return 3;
        }
        if (thread.contains("Compiler")) {
            return JIT;
        }
        return OVERIG;
    }

    /** "totaal 2.10, verzoek 1.20, ..." per message. */
    static String perBericht(long[] ms, int berichten) {
        StringBuilder tekst = new StringBuilder();
        for (int i = 0; i < ms.length; i++) {
            tekst.append(i == 0 ? "" : ", ").append(SOORTEN.get(i)).append(' ')
                    .append(String.format("%.2f", ms[i] / (double) berichten));
        }
        return tekst.toString();
    }
}
