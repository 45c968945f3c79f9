package org.brigreen.trafficlight.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key: {@code burst} requests at once, refilled at {@code perSecond}. A full bucket is the same as
 * none, so when there are more than {@value #MAX_KEYS} buckets the full ones are forgotten; should that not be enough
 * (a flood from that many keys at once), all are.
 */
final class TokenBuckets {

    static final int MAX_KEYS = 100_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes a request from {@code key}'s bucket: zero when it may go on, else how long until it may retry. */
    Duration take(String key) {
        return bucket(key).take(perSecond, burst, System.nanoTime());
    }

    /** Zero when {@code key}'s bucket holds a request, else how long until it will; takes nothing. */
    Duration waitFor(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? Duration.ZERO : bucket.waitFor(perSecond, burst, System.nanoTime());
    }

    private Bucket bucket(String key) {
        if (buckets.size() >= MAX_KEYS && !buckets.containsKey(key)) {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.isFull(perSecond, burst, now));
            if (buckets.size() >= MAX_KEYS) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, any -> new Bucket(burst));
    }

    /** Tokens left and when they were last counted; refilled lazily, on each look. */
    private static final class Bucket {

        private double tokens;
        private long countedAt;

        Bucket(double burst) {
            this.tokens = burst;
            this.countedAt = System.nanoTime();
        }

        synchronized Duration take(double perSecond, double burst, long now) {
            Duration wait = waitFor(perSecond, burst, now);
            if (wait.isZero()) {
                tokens -= 1;
            }
            return wait;
        }

        synchronized Duration waitFor(double perSecond, double burst, long now) {
            refill(perSecond, burst, now);
            return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
        }

        synchronized boolean isFull(double perSecond, double burst, long now) {
            refill(perSecond, burst, now);
            return tokens >= burst;
        }

        private void refill(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - countedAt) / 1e9 * perSecond);
            countedAt = now;
        }
    }
}
