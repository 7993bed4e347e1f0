package nl.zorgkantoor.wlz.reports;

import java.io.Serializable;

/** The partitions of a running step: begun (submitted to a thread) and finished. */
public record PartitieVoortgang(long gestart, long klaar) implements Serializable {
}
