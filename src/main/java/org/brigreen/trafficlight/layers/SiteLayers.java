package org.brigreen.trafficlight.layers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.site.GeoJsonGeometry;
import org.brigreen.trafficlight.site.Layer;
import org.brigreen.trafficlight.site.LayerKind;
import org.brigreen.trafficlight.site.LayerLoader;
import org.brigreen.trafficlight.site.LayerManifest;
import org.brigreen.trafficlight.site.ScreenedFeature;
import org.brigreen.trafficlight.site.ScreenedSite;
import org.brigreen.trafficlight.site.SiteScreening;
import org.jboss.logging.Logger;
import org.locationtech.jts.geom.Geometry;

/**
 * The reference layer versions the service has loaded, at start-up, from {@code traffic-light.layers.directory}; and
 * the screening of a location against the versions a rule-set version names. A layer whose data does not match its
 * manifest's digest stops the start: an edited layer is a new version, never the old one changed under its decisions.
 */
@Startup
@ApplicationScoped
public class SiteLayers {

    /** Declared and computed distances closer than this agree: declarations are rounded, the computation is not. */
    static final double DISTANCE_TOLERANCE_KM = 0.5;
    private static final Logger LOG = Logger.getLogger(SiteLayers.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Layer versions by layer name, then version. */
    private final Map<String, Map<String, Layer>> layers;

    SiteLayers(LayersConfig config) {
        this.layers = config.directory().map(SiteLayers::loadAll).orElse(Map.of());
    }

    /** Every loaded layer version's manifest, by layer name and version. */
    public List<LayerManifest> manifests() {
        return layers.values().stream().flatMap(versions -> versions.values().stream()).map(Layer::manifest).toList();
    }

    /**
     * Screens {@code location} against the layer versions {@code named} (layer name to version), as a rule-set version
     * names them, and compares what it computes with what the caller declared.
     *
     * @param location a geometry the descriptor's check accepted
     * @param declared the site facts the caller declared, by name within {@code site}
     */
    public ScreenedSite screen(JsonNode location, Map<String, String> named, Map<String, JsonNode> declared) {
        Map<LayerKind, Layer> used = new EnumMap<>(LayerKind.class);
        List<String> unavailable = new ArrayList<>();
        named.forEach((name, version) -> {
            Optional<Layer> layer = Optional.ofNullable(layers.get(name)).map(versions -> versions.get(version));
            LayerKind kind = LayerKind.named(name).orElse(null);
            if (layer.isPresent() && kind != null) {
                used.put(kind, layer.get());
            } else {
                unavailable.add(name + " " + version);
            }
        });
        ScreenedSite screened = new SiteScreening(used).screen(geometry(location));
        return new ScreenedSite(screened.facts(), screened.features(), screened.layers(), unavailable.stream()
                .sorted().toList(), discrepancies(screened, declared));
    }

    /**
     * The features of the layer versions {@code named} (layer name to version) within {@code radiusKm} of
     * {@code location}, with their shapes, nearest first: what a map of the site shows around it. A named version
     * not loaded has none.
     */
    public List<NearbyFeature> near(JsonNode location, Map<String, String> named, double radiusKm) {
        Geometry site = geometry(location);
        List<NearbyFeature> near = new ArrayList<>();
        named.forEach((name, version) -> Optional.ofNullable(layers.get(name)).map(versions -> versions.get(version))
                .ifPresent(layer -> layer.within(site, radiusKm).forEach(found -> near.add(new NearbyFeature(
                        new ScreenedFeature(null, name, version, found.feature().id(),
                                found.feature().name(), found.feature().category(),
                                Math.round(found.distanceKm() * 1000) / 1000.0),
                        found.feature().geometry())))));
        near.sort(Comparator.comparingDouble((NearbyFeature found) -> found.feature().distanceKm())
                .thenComparing(found -> found.feature().layer()));
        return near;
    }

    /** A feature near a site: who it is and how far (its {@code fact} is null: no fact was computed), and its shape. */
    public record NearbyFeature(ScreenedFeature feature, Geometry geometry) {
    }

    /** The geometry of a location the descriptor's check accepted. */
    public static Geometry geometry(JsonNode location) {
        List<FieldError> problems = new ArrayList<>();
        return GeoJsonGeometry.read(location, "/site/location", problems).orElseThrow(() ->
                new IllegalArgumentException("a location the descriptor's check accepted is refused: " + problems));
    }

    private static List<ScreenedSite.Discrepancy> discrepancies(ScreenedSite screened, Map<String, JsonNode> declared) {
        List<ScreenedSite.Discrepancy> found = new ArrayList<>();
        screened.facts().forEach((fact, computed) -> {
            JsonNode said = declared.get(fact);
            if (said != null && !said.isNull() && !agree(said, JSON.valueToTree(computed))) {
                ScreenedFeature feature = screened.features().stream().filter(f -> f.fact().equals(fact))
                        .findFirst().orElse(null);
                found.add(new ScreenedSite.Discrepancy(fact, JSON.convertValue(said, Object.class), computed,
                        feature));
            }
        });
        return found;
    }

    private static boolean agree(JsonNode declared, JsonNode computed) {
        if (declared.isNumber() && computed.isNumber()) {
            return Math.abs(declared.doubleValue() - computed.doubleValue()) <= DISTANCE_TOLERANCE_KM;
        }
        if (declared.isArray() && computed.isArray()) {
            return texts(declared).equals(texts(computed));
        }
        return Objects.equals(declared, computed);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static Map<String, Map<String, Layer>> loadAll(Path directory) {
        if (!Files.isDirectory(directory)) {
            LOG.warnf("No reference layers: %s is not a directory; site facts are those declared", directory);
            return Map.of();
        }
        Map<String, Map<String, Layer>> loaded = new TreeMap<>();
        try (Stream<Path> manifests = Files.find(directory, 3, (path, attributes) ->
                path.getFileName().toString().equals(LayerLoader.MANIFEST))) {
            for (Path manifest : manifests.sorted().toList()) {
                Layer layer = LayerLoader.load(manifest.getParent());
                LayerManifest about = layer.manifest();
                loaded.computeIfAbsent(about.layer(), name -> new TreeMap<>()).put(about.version(), layer);
                LOG.infof("Reference layer %s %s: %d features%s", about.layer(), about.version(), layer.size(),
                        about.sample() ? " (sample data, not for decisions)" : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the reference layers in " + directory + " cannot be listed", e);
        }
        return loaded;
    }
}
