package org.brigreen.trafficlight.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per organisation: {@code burst} requests at once, refilled at {@code requests-per-second}. The buckets
 * are in this instance's memory: with n instances behind a load balancer, an organisation gets up to n times the
 * rate. One bucket per organisation (per subject for callers without one), kept for the life of the instance.
 */
@ApplicationScoped
public class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(
            @ConfigProperty(name = "traffic-light.rate-limit.requests-per-second", defaultValue = "50") double perSecond,
            @ConfigProperty(name = "traffic-light.rate-limit.burst", defaultValue = "100") int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("traffic-light.rate-limit: requests-per-second must be positive and "
                    + "burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes a request from {@code caller}'s bucket: zero when it may go on, else how long until it may retry. */
    public Duration take(String caller) {
        return buckets.computeIfAbsent(caller, any -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
    }

    /** Tokens left and when they were last counted; refilled lazily, on each take. */
    private static final class Bucket {

        private double tokens;
        private long countedAt;

        Bucket(double burst) {
            this.tokens = burst;
            this.countedAt = System.nanoTime();
        }

        synchronized Duration take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - countedAt) / 1e9 * perSecond);
            countedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
        }
    }
}
