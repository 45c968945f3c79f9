package org.brigreen.trafficlight.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;

/**
 * The site facts of a location, computed from reference layers: the strictest protected-area category and World
 * Heritage kind the site intersects, whether it lies in a Ramsar site or a KBA, the geodesic distance to the nearest of
 * them (0 inside one), and the non-designated sensitive receptors it touches; each fact with the features behind it.
 * A fact is computed only from the layers it needs; without them it is left to what the caller declared.
 */
public final class SiteScreening {

    /** How far the nearest sensitive area is looked for; beyond it the distance is given as this, at least. */
    public static final double SEARCH_LIMIT_KM = 1000;

    private static final List<LayerKind> DESIGNATIONS = List.of(LayerKind.PROTECTED_AREAS, LayerKind.WORLD_HERITAGE,
            LayerKind.RAMSAR, LayerKind.KBA);
    /** IUCN management categories, strictest first, as the protected-area fact words them. */
    private static final Map<String, String> IUCN = Map.of("Ia", "iucn_ia_ii", "Ib", "iucn_ia_ii", "II",
            "iucn_ia_ii", "III", "iucn_iii_vi", "IV", "iucn_iii_vi", "V", "iucn_iii_vi", "VI", "iucn_iii_vi");
    private static final List<String> PROTECTED_AREA_ORDER = List.of("iucn_ia_ii", "iucn_iii_vi",
            "designated_no_category", "none");
    private static final List<String> WORLD_HERITAGE_ORDER = List.of("natural", "mixed", "cultural", "none");

    private final Map<LayerKind, Layer> layers;

    public SiteScreening(Map<LayerKind, Layer> layers) {
        this.layers = new EnumMap<>(layers);
    }

    /** The facts computed for {@code site}, with the features and the layer versions behind them. */
    public ScreenedSite screen(Geometry site) {
        Map<String, Object> facts = new LinkedHashMap<>();
        List<ScreenedFeature> features = new ArrayList<>();
        layer(LayerKind.PROTECTED_AREAS).ifPresent(layer -> facts.put("protectedArea", strictest(layer, site,
                features, "protectedArea", PROTECTED_AREA_ORDER,
                category -> IUCN.getOrDefault(category, "designated_no_category"))));
        layer(LayerKind.WORLD_HERITAGE).ifPresent(layer -> facts.put("worldHeritage", strictest(layer, site,
                features, "worldHeritage", WORLD_HERITAGE_ORDER, category -> category)));
        layer(LayerKind.RAMSAR).ifPresent(layer -> facts.put("ramsar", !within(layer, site, features, "ramsar")
                .isEmpty()));
        layer(LayerKind.KBA).ifPresent(layer -> facts.put("kba", !within(layer, site, features, "kba").isEmpty()));
        layer(LayerKind.SENSITIVE_RECEPTORS).ifPresent(layer -> facts.put("sensitiveReceptors",
                within(layer, site, features, "sensitiveReceptors").stream().map(LayerFeature::category).distinct()
                        .sorted().toList()));
        if (layers.keySet().containsAll(DESIGNATIONS)) {
            nearestSensitiveArea(site, facts, features);
        }
        return new ScreenedSite(facts, features, layers.values().stream().map(Layer::manifest)
                .map(manifest -> new ScreenedSite.LayerUse(manifest.layer(), manifest.version(), manifest.digest(),
                        manifest.sample()))
                .toList(), List.of(), List.of());
    }

    private Optional<Layer> layer(LayerKind kind) {
        return Optional.ofNullable(layers.get(kind));
    }

    private static String strictest(Layer layer, Geometry site, List<ScreenedFeature> features, String fact,
            List<String> order, Function<String, String> value) {
        return within(layer, site, features, fact).stream()
                .map(feature -> value.apply(feature.category()))
                .filter(order::contains)
                .min(Comparator.comparingInt(order::indexOf))
                .orElse("none");
    }

    private static List<LayerFeature> within(Layer layer, Geometry site, List<ScreenedFeature> features, String fact) {
        List<LayerFeature> found = layer.intersecting(site);
        found.forEach(feature -> features.add(ScreenedFeature.of(layer.manifest(), feature, 0, fact)));
        return found;
    }

    private void nearestSensitiveArea(Geometry site, Map<String, Object> facts, List<ScreenedFeature> features) {
        List<Optional<Layer.Nearest>> nearestByLayer = NearestSearch.nearest(site,
                DESIGNATIONS.stream().map(layers::get).toList(), SEARCH_LIMIT_KM);
        // Rounded to the metre, the nearest of the layers' nearest; the earlier layer on a tie.
        Optional<ScreenedFeature> nearest = IntStream.range(0, DESIGNATIONS.size()).boxed()
                .flatMap(i -> nearestByLayer.get(i).stream()
                        .map(found -> ScreenedFeature.of(layers.get(DESIGNATIONS.get(i)).manifest(), found.feature(),
                                found.distanceKm(), "nearestSensitiveAreaKm")))
                .min(Comparator.comparingDouble(ScreenedFeature::distanceKm));
        facts.put("nearestSensitiveAreaKm", nearest.map(ScreenedFeature::distanceKm).orElse(SEARCH_LIMIT_KM));
        nearest.ifPresent(features::add);
    }
}
