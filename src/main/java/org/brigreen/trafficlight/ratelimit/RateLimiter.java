package org.brigreen.trafficlight.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * A token bucket per organisation: {@code burst} requests at once, refilled at {@code requests-per-second}. The buckets
 * are in this instance's memory: with n instances behind a load balancer, an organisation gets up to n times the
 * rate. One bucket per organisation (per subject for callers without one).
 */
@ApplicationScoped
public class RateLimiter {

    private final TokenBuckets buckets;

    public RateLimiter(RateLimitConfig config) {
        double perSecond = config.requestsPerSecond();
        int burst = config.burst();
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("traffic-light.rate-limit: requests-per-second must be positive and "
                    + "burst at least 1");
        }
        this.buckets = new TokenBuckets(perSecond, burst);
    }

    /** Takes a request from {@code caller}'s bucket: zero when it may go on, else how long until it may retry. */
    public Duration take(String caller) {
        return buckets.take(caller);
    }
}
