package org.brigreen.trafficlight.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code traffic-light.rate-limit.*}: the token buckets of callers, and of addresses whose tokens are refused. */
@ConfigMapping(prefix = "traffic-light.rate-limit")
public interface RateLimitConfig {

    /** Requests an organisation's bucket refills per second. */
    @WithDefault("50")
    double requestsPerSecond();

    /** Requests an organisation may send at once. */
    @WithDefault("100")
    int burst();

    /** The buckets of client addresses whose requests carry no valid token. */
    Refused refused();

    interface Refused {

        @WithDefault("5")
        double requestsPerSecond();

        @WithDefault("20")
        int burst();
    }
}
