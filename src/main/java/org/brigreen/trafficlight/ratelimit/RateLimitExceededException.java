package org.brigreen.trafficlight.ratelimit;

import java.time.Duration;

/** A request over its organisation's rate limit: answered 429 with Retry-After. */
public final class RateLimitExceededException extends RuntimeException {

    private final Duration retryAfter;

    RateLimitExceededException(Duration retryAfter) {
        super("Too many requests from your organisation. Retry after the time given in Retry-After.", null, false,
                false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1: Retry-After has no fractions. */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    /** {@code wait} in whole seconds, rounded up, at least 1. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
