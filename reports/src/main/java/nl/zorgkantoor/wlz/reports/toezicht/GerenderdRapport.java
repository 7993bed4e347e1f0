package nl.zorgkantoor.wlz.reports.toezicht;

import java.io.Serializable;
import java.time.Instant;

/** A rendered PDF on its way to the archive. */
public record GerenderdRapport(String regio, Instant aangemaaktOp, String bestandsnaam, byte[] pdf)
        implements Serializable {
}
