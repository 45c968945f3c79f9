package org.brigreen.trafficlight.idempotency;

import java.util.UUID;
import org.brigreen.trafficlight.http.ProblemType;

/**
 * A request whose Idempotency-Key cannot be honoured: answered 409 (in flight, or its batch was cut off) or 422
 * (reused).
 */
public final class IdempotencyKeyException extends RuntimeException {

    private final int status;
    private final ProblemType type;
    private final boolean retry;

    private IdempotencyKeyException(int status, ProblemType type, boolean retry, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.retry = retry;
    }

    public static IdempotencyKeyException inFlight() {
        return new IdempotencyKeyException(409, ProblemType.IDEMPOTENCY_KEY_IN_FLIGHT, true, "A request with this "
                + "Idempotency-Key is still being served. Retry shortly to get its answer.");
    }

    public static IdempotencyKeyException reused() {
        return new IdempotencyKeyException(422, ProblemType.IDEMPOTENCY_KEY_REUSED, false, "This Idempotency-Key was used "
                + "for a different request. Use a new key for a new request.");
    }

    /** The key's batch stopped with its service, before its results were kept: they cannot be given again. */
    public static IdempotencyKeyException batchCutOff(UUID batchId) {
        return new IdempotencyKeyException(409, ProblemType.IDEMPOTENCY_KEY_BATCH_CUT_OFF, false, "The batch this "
                + "Idempotency-Key began, " + batchId + ", stopped with its service before it ended, so its results "
                + "cannot be given again. GET /v1/batches/" + batchId + " counts the decisions it recorded; send the "
                + "lines it did not decide with a new key.");
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    /** Whether the same request, sent again shortly, may be answered. */
    public boolean retry() {
        return retry;
    }
}
