package org.brigreen.trafficlight.decisionlog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code traffic-light.decision-log.*}: the group commits of the decision log. */
@ConfigMapping(prefix = "traffic-light.decision-log")
public interface DecisionLogConfig {

    /** How long a caller waits for its record's commit before it is answered 503. */
    @WithDefault("10s")
    Duration commitTimeout();

    /** The most records committed in one transaction. */
    @WithDefault("2000")
    int maxBatchSize();
}
