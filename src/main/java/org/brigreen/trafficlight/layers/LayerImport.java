package org.brigreen.trafficlight.layers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.site.GeoJsonGeometry;
import org.brigreen.trafficlight.site.LayerKind;
import org.brigreen.trafficlight.site.LayerLoadException;
import org.brigreen.trafficlight.site.LayerLoader;
import org.brigreen.trafficlight.site.LayerManifest;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The layer import: turns a file a user downloaded (a GeoJSON FeatureCollection, or a GeoPackage; a shapefile once
 * converted with GDAL's {@code ogr2ogr}) into a new layer version, {@code <out>/<layer>/<version>/}: the features with
 * the properties used, and a manifest naming the source, the licence and the digest of the data written. An existing
 * version is never overwritten. Exit code 0 when the version is written, 1 when the data cannot be imported (the reason
 * in one line), 2 for wrong arguments.
 */
public final class LayerImport {

    private static final String USAGE = """
            usage: LayerImport --layer LAYER --version VERSION --input FILE(.geojson|.json|.gpkg) --id FIELD
                               [--name FIELD] [--category FIELD] [--table TABLE] [--source TEXT] [--licence TEXT]
                               [--published YYYY-MM-DD] [--attribution TEXT] [--out DIRECTORY (default: layers)]
            LAYER is one of\s""" + Arrays.stream(LayerKind.values()).map(LayerKind::wireName).toList();
    private static final Set<String> OPTIONS = Set.of("layer", "version", "input", "id", "name", "category", "table",
            "source", "licence", "published", "attribution", "out");
    private static final String DATA = "features.geojson";
    /** GeoPackage geometry blobs start with "GP" (GeoPackage 1.x, §2.1.3). */
    private static final int GEOPACKAGE_MAGIC = ('G' << 8) | 'P';
    private static final int WGS84 = 4326;
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private LayerImport() {
    }

    public static void main(String[] args) {
        // The SQLite driver logs through SLF4J, which, outside the service, finds no logging set up and says so on
        // standard error; the import has nothing to log, and reports in one line.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the import with {@code args}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Path written = importLayer(options);
            out.println("Imported " + written + ": " + LayerLoader.load(written).size() + " features");
            return 0;
        } catch (ImportException | LayerLoadException e) {
            err.println("Not imported: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(option) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
            }
            options.put(option, args[i + 1]);
        }
        for (String required : List.of("layer", "version", "input", "id")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        if (LayerKind.named(options.get("layer")).isEmpty()) {
            throw new IllegalArgumentException("--layer " + options.get("layer") + " is not a layer");
        }
        if (!options.get("version").matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("--version must be letters, digits, '.', '_' or '-'");
        }
        return options;
    }

    private static Path importLayer(Map<String, String> options) {
        Path input = Path.of(options.get("input"));
        Path target = Path.of(options.getOrDefault("out", "layers"), options.get("layer"), options.get("version"));
        if (Files.exists(target)) {
            throw new ImportException(target + " exists: a layer version never changes; import as a new version");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String use : List.of("id", "name", "category")) {
            Optional.ofNullable(options.get(use)).ifPresent(field -> fields.put(use, field));
        }
        Path staging = null;
        try {
            // Written beside the target and moved there whole: a version is complete, or not there at all.
            staging = Files.createTempDirectory(Files.createDirectories(target.toAbsolutePath().getParent()),
                    ".import-");
            int written = writeFeatures(input, options.get("table"), fields, staging.resolve(DATA));
            if (written == 0) {
                throw new ImportException(input + " has no features");
            }
            LayerManifest manifest = new LayerManifest(options.get("layer"), options.get("version"),
                    options.getOrDefault("source", input.getFileName().toString()), options.get("licence"),
                    options.get("published"), options.get("attribution"), false, fields, DATA,
                    LayerLoader.digestOf(staging.resolve(DATA)));
            JSON.writerWithDefaultPrettyPrinter().writeValue(staging.resolve(LayerLoader.MANIFEST).toFile(), manifest);
            Files.move(staging, target);
            return target;
        } catch (IOException e) {
            throw new ImportException(e.getMessage());
        } finally {
            deleteIfLeft(staging);
        }
    }

    private static void deleteIfLeft(Path staging) {
        if (staging == null || !Files.exists(staging)) {
            return;
        }
        try (var files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(staging);
        } catch (IOException e) {
            System.err.println("Left behind: " + staging + " (" + e.getMessage() + ")");
        }
    }

    private static int writeFeatures(Path input, String table, Map<String, String> fields, Path data)
            throws IOException {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        try (OutputStream stream = Files.newOutputStream(data);
                JsonGenerator json = JSON.getFactory().createGenerator(stream)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            int written = name.endsWith(".gpkg") ? fromGeoPackage(input, table, fields, json)
                    : fromGeoJson(input, fields, json);
            json.writeEndArray();
            json.writeEndObject();
            return written;
        }
    }

    private static int fromGeoJson(Path input, Map<String, String> fields, JsonGenerator out) throws IOException {
        int count = 0;
        try (JsonParser parser = JSON.createParser(input.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(input + " is not a GeoJSON FeatureCollection");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                parser.nextToken();
                if (!member.equals("features")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode feature = JSON.readTree(parser);
                    List<FieldError> problems = new ArrayList<>();
                    String at = "/features/" + count;
                    Geometry geometry = GeoJsonGeometry.readFeature(feature.get("geometry"), at + "/geometry",
                            problems).orElseThrow(() -> new ImportException(input + problems.get(0).pointer() + " "
                                    + problems.get(0).reason()));
                    JsonNode properties = feature.path("properties");
                    writeFeature(out, fields, field -> text(properties.get(field)), geometry, input + at);
                    count++;
                }
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(input + " is not JSON: " + e.getOriginalMessage());
        }
        return count;
    }

    private static int fromGeoPackage(Path input, String table, Map<String, String> fields, JsonGenerator out)
            throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new ImportException(input + " is not a file");
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        SQLiteDataSource geoPackage = new SQLiteDataSource(readOnly);
        geoPackage.setUrl("jdbc:sqlite:" + input.toAbsolutePath());
        try (Connection db = geoPackage.getConnection()) {
            GeometryColumn column = geometryColumn(db, table, input);
            int count = 0;
            WKBReader wkb = new WKBReader();
            try (PreparedStatement select = db.prepareStatement("SELECT * FROM " + quote(column.table()));
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String where = input + " table " + column.table() + " row " + (count + 1);
                    Geometry geometry = geometry(rows.getBytes(column.column()), wkb, where);
                    writeFeature(out, fields, field -> columnText(rows, field, where), geometry, where);
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new ImportException(input + " cannot be read as a GeoPackage: " + e.getMessage());
        }
    }

    private record GeometryColumn(String table, String column) {
    }

    private static GeometryColumn geometryColumn(Connection db, String table, Path input) throws SQLException {
        List<GeometryColumn> columns = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (table == null || table.equals(rows.getString(1))) {
                    if (rows.getInt(3) != WGS84) {
                        throw new ImportException(input + " table " + rows.getString(1) + " is in SRS "
                                + rows.getInt(3) + ", not WGS 84 (EPSG:4326): convert it with "
                                + "ogr2ogr -t_srs EPSG:4326 -f GPKG wgs84.gpkg " + input);
                    }
                    columns.add(new GeometryColumn(rows.getString(1), rows.getString(2)));
                }
            }
        }
        if (columns.size() != 1) {
            throw new ImportException(input + (columns.isEmpty() ? " has no feature table" : " has several feature "
                    + "tables; name one with --table: " + columns.stream().map(GeometryColumn::table).toList())
                    + (table == null ? "" : " named " + table));
        }
        return columns.get(0);
    }

    /** A GeoPackage geometry blob: a header (magic, version, flags, SRS id, an envelope) and then the WKB. */
    private static Geometry geometry(byte[] blob, WKBReader wkb, String where) {
        if (blob == null || blob.length < 8) {
            throw new ImportException(where + " has no geometry");
        }
        ByteBuffer header = ByteBuffer.wrap(blob);
        if ((header.getShort(0) & 0xFFFF) != GEOPACKAGE_MAGIC) {
            throw new ImportException(where + " holds no GeoPackage geometry");
        }
        int flags = blob[3];
        if ((flags & 0x10) != 0) {
            throw new ImportException(where + " has an empty geometry");
        }
        int[] envelopeBytes = {0, 32, 48, 48, 64};
        int envelope = (flags >> 1) & 0x07;
        if (envelope >= envelopeBytes.length) {
            throw new ImportException(where + " has an invalid envelope indicator");
        }
        header.order((flags & 0x01) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int offset = 8 + envelopeBytes[envelope];
        try {
            return wkb.read(Arrays.copyOfRange(blob, offset, blob.length));
        } catch (ParseException | ArrayIndexOutOfBoundsException e) {
            throw new ImportException(where + " has a geometry that is not WKB: " + e.getMessage());
        }
    }

    private interface Property {
        String of(String field);
    }

    private static void writeFeature(JsonGenerator out, Map<String, String> fields, Property property,
            Geometry geometry, String where) throws IOException {
        ObjectNode properties = JSON.createObjectNode();
        fields.values().forEach(field -> properties.put(field, property.of(field)));
        if (properties.path(fields.get("id")).isNull()) {
            throw new ImportException(where + " has no " + fields.get("id"));
        }
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeObjectField("properties", properties);
        out.writeObjectFieldStart("geometry");
        out.writeStringField("type", geometry.getGeometryType());
        out.writeFieldName("coordinates");
        coordinates(out, geometry, where);
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void coordinates(JsonGenerator out, Geometry geometry, String where) throws IOException {
        if (geometry instanceof Point point) {
            position(out, point.getCoordinate());
        } else if (geometry instanceof LineString line) {
            positions(out, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            out.writeStartArray();
            positions(out, polygon.getExteriorRing().getCoordinates());
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                positions(out, polygon.getInteriorRingN(i).getCoordinates());
            }
            out.writeEndArray();
        } else if (GeoJsonGeometry.FEATURE_TYPES.contains(geometry.getGeometryType())) {
            out.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                coordinates(out, geometry.getGeometryN(i), where);
            }
            out.writeEndArray();
        } else {
            throw new ImportException(where + " is a " + geometry.getGeometryType() + "; a feature is one of "
                    + GeoJsonGeometry.FEATURE_TYPES);
        }
    }

    private static void positions(JsonGenerator out, Coordinate[] coordinates) throws IOException {
        out.writeStartArray();
        for (Coordinate coordinate : coordinates) {
            position(out, coordinate);
        }
        out.writeEndArray();
    }

    private static void position(JsonGenerator out, Coordinate coordinate) throws IOException {
        out.writeStartArray();
        out.writeNumber(coordinate.getX());
        out.writeNumber(coordinate.getY());
        out.writeEndArray();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String columnText(ResultSet rows, String column, String where) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new ImportException(where + " has no column " + column);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Why a file could not be imported, in one line. */
    static final class ImportException extends RuntimeException {
        ImportException(String message) {
            super(message);
        }
    }
}
