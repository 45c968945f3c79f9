package org.brigreen.trafficlight.site;

import java.util.List;
import java.util.Map;

/**
 * What screening a site against reference layers found: the site facts computed (named as in the descriptor's
 * {@code site}), the features behind them, and the layer versions used.
 */
public record ScreenedSite(Map<String, Object> facts, List<ScreenedFeature> features, List<LayerUse> layers) {

    /** A layer version a screening used, with the digest of its data; a sample layer is not for decisions. */
    public record LayerUse(String layer, String version, String digest, boolean sample) {
    }
}
