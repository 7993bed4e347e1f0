package nl.zorgkantoor.wlz.it.toezicht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zorgkantoor.wlz.it.Deployments;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.reports.JobStatus;
import nl.zorgkantoor.wlz.reports.RapportJobs;
import nl.zorgkantoor.wlz.reports.toezicht.RapportPdf;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;
import nl.zorgkantoor.wlz.toezicht.api.ToezichtCijfersService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of behaviour (not named *IT, so the normal build skips it; bench/toezicht.sh runs it on the
 * national set). In one server run: the same indicator queries and PDF rendering for every region and the nation,
 * straight through the services without the batch runtime; then both report jobs together. Peak heap per phase
 * from the heap memory pools, reset before each phase. Writes its figures to toezicht-bench.txt in the server's log directory.
 */
@ExtendWith(ArquillianExtension.class)
class ToezichtBenchmark {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 9, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ToezichtBenchmark.class);
    }

    @BeforeAll
    static void smtp() {
        if (System.getProperty("jboss.home.dir") == null) { // the jobs end by mailing the supervisors
            MailOntvanger.start();
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (System.getProperty("jboss.home.dir") == null) {
            MailOntvanger.stop();
        }
    }

    @EJB
    private ToezichtCijfersService cijfers;

    @EJB
    private RapportJobs jobs;

    @Test
    void directTegenJobs() throws Exception {
        List<String> regios = new ArrayList<>(cijfers.regios());
        regios.add(Cijfertabel.LANDELIJK);

        direct(List.of(regios.get(0)), PEILDATUM.minusYears(1)); // warm-up: classes, JIT, connection pool

        resetPieken();
        long t0 = System.nanoTime();
        long bytes = direct(regios, PEILDATUM);
        long directMs = (System.nanoTime() - t0) / 1_000_000;
        long directHeap = piekHeapMb();

        resetPieken();
        long t1 = System.nanoTime();
        long wachtlijst = jobs.startRapport(Rapportsoort.WACHTLIJST, PEILDATUM, true);
        long zorgplicht = jobs.startRapport(Rapportsoort.ZORGPLICHT, PEILDATUM, true);
        JobStatus w = wacht(wachtlijst);
        JobStatus z = wacht(zorgplicht);
        long jobsMs = (System.nanoTime() - t1) / 1_000_000;
        long jobsHeap = piekHeapMb();
        assertEquals("COMPLETED", w.batchStatus());
        assertEquals("COMPLETED", z.batchStatus());
        assertTrue(bytes > 0);

        String uit = String.format(
                "- regio's: %d + landelijk; peildatum %s; beide rapporten, %d PDF's, %d kB%n"
                        + "- zonder batch runtime (zelfde SQL + zelfde PDF-opmaak, sequentieel): %d ms, piek heap %d MB%n"
                        + "- beide jobs samen (partities per regio, 2 threads per job): %d ms, piek heap %d MB%n"
                        + "- verhouding jobs / direct: %.2f (eis: hoogstens 1,5)%n",
                regios.size() - 1, PEILDATUM, 2 * regios.size(), bytes / 1024, directMs, directHeap, jobsMs,
                jobsHeap, (double) jobsMs / directMs);
        Files.writeString(Path.of(System.getProperty("jboss.server.log.dir"), "toezicht-bench.txt"), uit,
                StandardCharsets.UTF_8);
    }

    private long direct(List<String> regios, LocalDate peildatum) {
        long bytes = 0;
        for (Rapportsoort rapport : Rapportsoort.values()) {
            for (String regio : regios) {
                List<Cijfertabel> tabellen = new ArrayList<>();
                for (Indicator i : Indicator.van(rapport)) {
                    tabellen.add(cijfers.bereken(i, regio, peildatum));
                }
                bytes += new RapportPdf(rapport, regio, peildatum, java.time.ZonedDateTime.now(Klok.ZONE))
                        .render(tabellen).length;
            }
        }
        return bytes;
    }

    private JobStatus wacht(long executie) throws InterruptedException {
        JobStatus status = jobs.status(executie);
        while (!status.isKlaar()) {
            Thread.sleep(200);
            status = jobs.status(executie);
        }
        return status;
    }

    private static void resetPieken() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long piekHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
