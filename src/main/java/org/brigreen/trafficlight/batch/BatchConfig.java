package org.brigreen.trafficlight.batch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code traffic-light.batch.*}: how a portfolio is screened. */
@ConfigMapping(prefix = "traffic-light.batch")
public interface BatchConfig {

    /** Descriptors classified, recorded and answered together. */
    @WithDefault("1000")
    int chunkSize();
}
