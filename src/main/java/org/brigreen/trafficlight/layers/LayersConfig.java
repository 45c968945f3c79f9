package org.brigreen.trafficlight.layers;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** {@code traffic-light.layers.*}: where the reference layer versions are. */
@ConfigMapping(prefix = "traffic-light.layers")
public interface LayersConfig {

    /**
     * The directory of layer versions, {@code <layer>/<version>/layer.json} and their data; none: no layer is
     * available, and site facts are those declared.
     */
    Optional<Path> directory();
}
