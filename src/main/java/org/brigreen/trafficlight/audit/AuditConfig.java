package org.brigreen.trafficlight.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code traffic-light.audit.*}: the key that signs checkpoints, the log's name, and how often they are signed. */
@ConfigMapping(prefix = "traffic-light.audit")
public interface AuditConfig {

    /** The path of the PKCS#8 PEM Ed25519 private key; dev mode and tests generate one without it. */
    Optional<String> signingKey();

    /**
     * The log's name: the origin line of its checkpoints in the standard format and the name of their signing key
     * ({@link CheckpointNotes}). The same for every instance of one deployment, and its own for each deployment.
     */
    @WithDefault("brigreen.org/traffic-light")
    String logName();

    Checkpoints checkpoint();

    interface Checkpoints {

        /** A checkpoint is due after this many records ... */
        @WithDefault("1000")
        long records();

        /** ... or this long after the latest one, if there is a new record. */
        @WithDefault("10s")
        Duration interval();
    }
}
