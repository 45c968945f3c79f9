package org.brigreen.trafficlight.site;

import java.util.Map;

/**
 * What a reference layer version says of itself ({@code layers/<layer>/<version>/layer.json}): where its data came
 * from and under which licence, when it was published, how to attribute it, which properties of its features are
 * used, and the digest of its data file, which a loaded layer must match.
 *
 * @param layer one of {@link LayerKind}'s names, such as {@code protected-areas}
 * @param sample true for the project's own sample data, which no decision may rely on
 * @param fields the feature properties read, by use: {@code id}, {@code name} and, per layer, {@code category}
 * @param data the data file's name beside the manifest: a GeoJSON FeatureCollection
 * @param digest {@code sha256:} and the hex SHA-256 of the data file's bytes
 */
public record LayerManifest(
        String layer,
        String version,
        String source,
        String licence,
        String published,
        String attribution,
        boolean sample,
        Map<String, String> fields,
        String data,
        String digest) {
}
