package org.brigreen.trafficlight.site;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.brigreen.trafficlight.input.FieldError;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Loads a reference layer version from its directory: the manifest, then the data file, streamed feature by feature
 * and digested as it is read. A data file whose digest is not the manifest's is refused: an edited file is a new
 * version, never the old one silently changed.
 */
public final class LayerLoader {

    /** The manifest's file name in a layer version's directory. */
    public static final String MANIFEST = "layer.json";

    /** The data stream stays open past the JSON: whatever follows it must be digested too. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    /** Features made from their JSON together, on another core than the one reading the file. */
    private static final int BATCH = 1024;
    /** Batches read but not yet made, at most: enough to keep every core busy. */
    private static final int BATCHES_AHEAD = 2 * Runtime.getRuntime().availableProcessors();

    private LayerLoader() {
    }

    /** The layer version in {@code directory}. */
    public static Layer load(Path directory) {
        LayerManifest manifest = manifest(directory);
        Path data = directory.resolve(manifest.data());
        MessageDigest sha256 = sha256();
        List<LayerFeature> features;
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(data)), sha256);
                JsonParser parser = JSON.createParser(in)) {
            features = features(parser, manifest, data);
            // What follows the features is digested too.
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new LayerLoadException(data + " cannot be read: " + e.getMessage(), e);
        }
        String digest = "sha256:" + HexFormat.of().formatHex(sha256.digest());
        if (!digest.equals(manifest.digest())) {
            throw new LayerLoadException(data + " has digest " + digest + ", not the " + manifest.digest()
                    + " its manifest names: an edited layer is a new version, with a manifest of its own");
        }
        return new Layer(manifest, features);
    }

    /** The SHA-256 digest of {@code file}, as a manifest names it. */
    public static String digestOf(Path file) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new LayerLoadException(file + " cannot be read: " + e.getMessage(), e);
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    private static LayerManifest manifest(Path directory) {
        Path file = directory.resolve(MANIFEST);
        try {
            LayerManifest manifest = JSON.readValue(file.toFile(), LayerManifest.class);
            if (LayerKind.named(manifest.layer()).isEmpty() || manifest.version() == null || manifest.data() == null
                    || manifest.digest() == null || manifest.fields() == null || !manifest.fields().containsKey("id")) {
                throw new LayerLoadException(file + " must name a known layer, a version, the data file, its digest "
                        + "and the fields used (at least id)");
            }
            return manifest;
        } catch (IOException e) {
            throw new LayerLoadException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The features, in the file's order. The file is read here, one feature's JSON after the other; making the
     * features from it (reading, checking and repairing the geometries, which takes most of a load) is done in
     * batches on the other cores meanwhile. A few batches at most wait to be made, so that the JSON read ahead stays
     * small.
     */
    private static List<LayerFeature> features(JsonParser parser, LayerManifest manifest, Path data)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new LayerLoadException(data + " must be a GeoJSON FeatureCollection");
        }
        List<LayerFeature> features = new ArrayList<>();
        Deque<CompletableFuture<List<LayerFeature>>> making = new ArrayDeque<>();
        List<JsonNode> batch = new ArrayList<>(BATCH);
        int read = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (!name.equals("features")) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                batch.add(JSON.readTree(parser));
                read++;
                if (batch.size() == BATCH) {
                    making.add(make(batch, read - batch.size(), manifest, data));
                    batch = new ArrayList<>(BATCH);
                }
                while (making.size() > BATCHES_AHEAD) {
                    features.addAll(made(making.poll()));
                }
            }
        }
        making.add(make(batch, read - batch.size(), manifest, data));
        while (!making.isEmpty()) {
            features.addAll(made(making.poll()));
        }
        return features;
    }

    private static CompletableFuture<List<LayerFeature>> make(List<JsonNode> batch, int first, LayerManifest manifest,
            Path data) {
        return CompletableFuture.supplyAsync(() -> IntStream.range(0, batch.size())
                .mapToObj(i -> feature(batch.get(i), manifest, data, first + i)).toList());
    }

    private static List<LayerFeature> made(CompletableFuture<List<LayerFeature>> batch) {
        try {
            return batch.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static LayerFeature feature(JsonNode feature, LayerManifest manifest, Path data, int index) {
        String pointer = "/features/" + index;
        List<FieldError> problems = new ArrayList<>();
        Optional<Geometry> geometry = GeoJsonGeometry.readFeature(feature.get("geometry"), pointer + "/geometry",
                problems);
        JsonNode properties = feature.path("properties");
        String id = property(properties, manifest, "id");
        if (geometry.isEmpty() || id == null) {
            throw new LayerLoadException(data + pointer + ": " + (id == null ? "has no " + manifest.fields().get("id")
                    : problems.get(0).pointer() + " " + problems.get(0).reason()));
        }
        Geometry shape = packed(geometry.get().isValid() ? geometry.get() : GeometryFixer.fix(geometry.get()));
        return new LayerFeature(id, property(properties, manifest, "name"), property(properties, manifest,
                "category"), shape);
    }

    /**
     * The shape with its positions packed, two doubles a vertex in one array: 16 bytes a vertex where a {@code
     * Coordinate} object and the reference to it take 44. The positions are the same doubles, so every distance and
     * every intersection computed from them is the same.
     */
    private static Geometry packed(Geometry shape) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coordinates, Geometry parent) {
                double[] xy = new double[2 * coordinates.size()];
                for (int i = 0; i < coordinates.size(); i++) {
                    xy[2 * i] = coordinates.getX(i);
                    xy[2 * i + 1] = coordinates.getY(i);
                }
                return new PackedCoordinateSequence.Double(xy, 2, 0);
            }
        }.transform(shape);
    }

    private static String property(JsonNode properties, LayerManifest manifest, String use) {
        String field = manifest.fields().get(use);
        JsonNode value = field == null ? null : properties.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
