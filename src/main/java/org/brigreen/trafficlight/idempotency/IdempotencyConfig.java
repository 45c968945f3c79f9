package org.brigreen.trafficlight.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code traffic-light.idempotency.*}: how long Idempotency-Keys are kept. */
@ConfigMapping(prefix = "traffic-light.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its answer are kept. */
    @WithDefault("24h")
    Duration expiry();

    /** After how long a key whose first request never finished (its instance stopped) may be claimed again. */
    @WithDefault("1m")
    Duration inFlightTimeout();
}
