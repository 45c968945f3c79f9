package org.brigreen.trafficlight.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A verification of the stored log run in the background, as {@code GET /v1/audit/verifications/{id}} answers it and
 * the regulator's integrity page shows it.
 *
 * @param state          running, passed, failed or interrupted
 * @param range          the sequence numbers verified; from 1 to 0 for an empty log
 * @param recordsChecked the records re-hashed so far: the progress while running
 * @param finishedAt     null while running
 * @param failure        the first damage found; null unless failed
 * @param interruption   why the run could not finish; null unless interrupted
 */
public record VerificationRun(
        UUID id,

        String state,

        VerificationReport.Range range,

        long recordsChecked,

        long checkpointsChecked,

        String startedBy,

        Instant startedAt,

        Instant finishedAt,

        VerificationReport.Failure failure,

        String interruption) {

    public static final String RUNNING = "running";
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";

    /** The number of sequence numbers in the range, what the progress runs up to. */
    public long recordsToCheck() {
        return Math.max(0, range.to() - range.from() + 1);
    }
}
