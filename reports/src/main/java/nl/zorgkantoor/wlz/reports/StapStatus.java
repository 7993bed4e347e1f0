package nl.zorgkantoor.wlz.reports;

import java.io.Serializable;

/** One step of a job execution with its chunk counts (summed over partitions), for the UI and the tests. */
public record StapStatus(String stap, String batchStatus, long gelezen, long geschreven, long commits)
        implements Serializable {
}
