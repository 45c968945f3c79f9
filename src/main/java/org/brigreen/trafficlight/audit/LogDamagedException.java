package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.LogVerifier;

/**
 * The stored log does not hold together where a proof or a checkpoint needs it (a missing sequence number, a broken
 * chain, entry hashes that do not match a signed root, a checkpoint removed), or is known to be damaged: nothing is
 * signed or proven over it. Answered as a 409 problem that points to {@code POST /v1/audit/verify}, which names the
 * first damage.
 */
public class LogDamagedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LogVerifier.Failure failure;

    public LogDamagedException(LogVerifier.Failure failure) {
        super("The decision log is damaged at seq " + failure.seq() + " (" + failure.reason().words() + "): "
                + failure.detail());
        this.failure = failure;
    }

    /** What is damaged, and where. */
    public LogVerifier.Failure failure() {
        return failure;
    }
}
