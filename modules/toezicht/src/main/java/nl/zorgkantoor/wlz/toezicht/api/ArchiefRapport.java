package nl.zorgkantoor.wlz.toezicht.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Metadata of an archived report PDF: what, for which region and peildatum, from which job run and data. */
public record ArchiefRapport(long id, Rapportsoort rapport, String regioCode, LocalDate peildatum, long jobExecutieId,
                             String dataVersie, Instant aangemaaktOp, String bestandsnaam, String sha256, long grootte)
        implements Serializable {
}
