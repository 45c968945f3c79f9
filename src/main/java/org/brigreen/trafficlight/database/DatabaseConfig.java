package org.brigreen.trafficlight.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code traffic-light.database.*}: how the start waits for the database. */
@ConfigMapping(prefix = "traffic-light.database")
public interface DatabaseConfig {

    /** How long the start retries a database that does not answer before it gives up. */
    @WithDefault("60s")
    Duration startupTimeout();
}
