package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.LogVerifier;

/** What re-hashing a run of the log found. */
public record VerificationReport(
        boolean intact,

        long from,

        long to,

        long recordsChecked,

        long checkpointsChecked,

        Failure firstFailure) {

    /** The first failure found. */
    public record Failure(
            long seq,

            String reason,

            String detail,

            Range range,

            String column) {

        static Failure of(LogVerifier.Failure failure) {
            return new Failure(failure.seq(), failure.reason().wireName(), failure.detail(),
                    new Range(failure.rangeFrom(), failure.rangeTo()), failure.column());
        }
    }

    /** Sequence numbers from one to another, both included. */
    public record Range(
            long from,
            long to) {
    }
}
