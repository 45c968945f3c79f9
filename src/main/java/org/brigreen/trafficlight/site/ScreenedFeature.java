package org.brigreen.trafficlight.site;

/**
 * A feature of a reference layer behind a computed site fact: the fact, the layer version, the feature's id, name and
 * category in the source data, and its geodesic distance from the site in kilometres (0 when the site intersects it),
 * to the metre.
 */
public record ScreenedFeature(
        String fact,
        String layer,
        String layerVersion,
        String id,
        String name,
        String category,
        double distanceKm) {

    static ScreenedFeature of(LayerManifest manifest, LayerFeature feature, double distanceKm, String fact) {
        return new ScreenedFeature(fact, manifest.layer(), manifest.version(), feature.id(), feature.name(),
                feature.category(), Math.round(distanceKm * 1000) / 1000.0);
    }
}
