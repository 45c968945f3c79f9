package org.brigreen.trafficlight.idempotency;

/** A request whose Idempotency-Key cannot be honoured: answered 409 (in flight) or 422 (reused). */
public final class IdempotencyKeyException extends RuntimeException {

    private final int status;

    private IdempotencyKeyException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static IdempotencyKeyException inFlight() {
        return new IdempotencyKeyException(409, "A request with this Idempotency-Key is still being served. "
                + "Retry shortly to get its answer.");
    }

    public static IdempotencyKeyException reused() {
        return new IdempotencyKeyException(422, "This Idempotency-Key was used for a different request. "
                + "Use a new key for a new request.");
    }

    public int status() {
        return status;
    }
}
