package nl.zorgkantoor.wlz.toezicht.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;

/**
 * The report archive for supervisors (role TOEZICHTHOUDER) and the figures of a report run in progress. The
 * figures are kept per region so that a job restarted after a crash renders exactly what it computed before.
 */
public interface RapportArchief {

    /** Stores (or replaces) one indicator's figures of a run. */
    void bewaarCijfers(Rapportsoort rapport, LocalDate peildatum, Cijfertabel tabel);

    /** The stored figures of a region in indicator order. */
    List<Cijfertabel> cijfers(Rapportsoort rapport, LocalDate peildatum, String regioCode);

    /** Forgets the stored figures of a peildatum, before a forced new run. */
    void wisCijfers(Rapportsoort rapport, LocalDate peildatum);

    /** Archives a PDF with its SHA-256; returns the archive id. */
    ArchiefRapport archiveer(Rapportsoort rapport, String regioCode, LocalDate peildatum, long jobExecutieId,
                             String dataVersie, Instant aangemaaktOp, String bestandsnaam, byte[] pdf);

    /** True when a report of this kind was archived for the peildatum nationally (a finished run). */
    boolean isAfgerond(Rapportsoort rapport, LocalDate peildatum);

    /** Archived reports, newest first; either filter may be null. */
    List<ArchiefRapport> rapporten(Rapportsoort rapport, LocalDate peildatum);

    /**
     * One page of the archive for the report archive screen, newest first; every filter may be null. The archive grows
     * by 64 reports a night, so the screen never loads it whole.
     */
    Pagina<ArchiefRapport> archief(Rapportsoort rapport, LocalDate peildatum, String regioCode, int eerste, int grootte);

    /** The metadata of one archived report. */
    Optional<ArchiefRapport> rapport(long archiefId);

    Optional<byte[]> inhoud(long archiefId);
}
