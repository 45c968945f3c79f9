package org.brigreen.trafficlight.site;

import java.util.List;
import java.util.Map;

/**
 * What screening a site against reference layers found: the site facts computed (named as in the descriptor's
 * {@code site}), the features behind them, the layer versions used, those the rule-set version names but that were not
 * available, and where the caller's declared facts disagree with the computed ones. Recorded with the decision, so that
 * a lender and a regulator see which facts were checked and on which data.
 */
public record ScreenedSite(
        Map<String, Object> facts,
        List<ScreenedFeature> features,
        List<LayerUse> layers,
        List<String> unavailable,
        List<Discrepancy> discrepancies) {

    public ScreenedSite {
        facts = facts == null ? Map.of() : facts;
        features = features == null ? List.of() : List.copyOf(features);
        layers = layers == null ? List.of() : List.copyOf(layers);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        discrepancies = discrepancies == null ? List.of() : List.copyOf(discrepancies);
    }

    /** Whether a layer used is the project's sample data, which no decision may rely on. */
    public boolean usedSampleData() {
        return layers.stream().anyMatch(LayerUse::sample);
    }

    /** A layer version a screening used, with the digest of its data; a sample layer is not for decisions. */
    public record LayerUse(String layer, String version, String digest, boolean sample) {
    }

    /**
     * A site fact the caller declared and the layers contradict: the computed value decided; {@code feature} is the
     * feature behind it, none when the layers found nothing.
     */
    public record Discrepancy(String fact, Object declared, Object computed, ScreenedFeature feature) {
    }
}
