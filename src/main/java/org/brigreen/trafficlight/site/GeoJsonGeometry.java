package org.brigreen.trafficlight.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.brigreen.trafficlight.input.FieldError;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a GeoJSON geometry (RFC 7946) in WGS 84: a point, a line or lines (roads, railways, pipelines, transmission
 * lines) or a polygon or polygons (a footprint, a reservoir). Refuses what cannot be a project's site, each problem with
 * its JSON pointer: a position off the globe, too few positions, an unclosed or self-intersecting ring, an edge across
 * the antimeridian (RFC 7946 §3.1.9 asks for the geometry to be cut there), and sizes no project has.
 */
public final class GeoJsonGeometry {

    /** The types a site may be. */
    public static final List<String> TYPES = List.of("Point", "LineString", "MultiLineString", "Polygon",
            "MultiPolygon");
    /** The types a layer's feature may be: a site's, and points too (protected areas known only by a point). */
    public static final List<String> FEATURE_TYPES = List.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon");
    /** Positions in all: a 1,000 km line with a vertex every 100 m. */
    public static final int MAX_POSITIONS = 10_000;
    /** The longest line a project is: longer than the longest railway or pipeline project financed in one loan. */
    public static final double MAX_LENGTH_KM = 5_000;
    /** The largest footprint: larger than any reservoir or mining concession. */
    public static final double MAX_AREA_KM2 = 100_000;

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final String pointer;
    private final boolean site;
    private final List<FieldError> errors = new ArrayList<>();
    private int positions;

    private GeoJsonGeometry(String pointer, boolean site) {
        this.pointer = pointer;
        this.site = site;
    }

    /**
     * The geometry {@code node} describes, or the problems found in it, added to {@code errors}.
     *
     * @param pointer the JSON pointer of {@code node} in the request, such as {@code /site/location}
     */
    public static Optional<Geometry> read(JsonNode node, String pointer, List<FieldError> errors) {
        return read(node, pointer, errors, true);
    }

    /**
     * The geometry of a reference layer's feature: read as a site is, but of any size, and not refused for invalid
     * topology, which the source data may have and the layer's loader repairs.
     */
    public static Optional<Geometry> readFeature(JsonNode node, String pointer, List<FieldError> errors) {
        return read(node, pointer, errors, false);
    }

    private static Optional<Geometry> read(JsonNode node, String pointer, List<FieldError> errors, boolean site) {
        GeoJsonGeometry reader = new GeoJsonGeometry(pointer, site);
        Optional<Geometry> geometry = reader.geometry(node);
        errors.addAll(reader.errors);
        return reader.errors.isEmpty() ? geometry : Optional.empty();
    }

    private Optional<Geometry> geometry(JsonNode node) {
        if (node == null || !node.isObject()) {
            return refuse(pointer, "must be a GeoJSON geometry object");
        }
        JsonNode type = node.get("type");
        List<String> types = site ? TYPES : FEATURE_TYPES;
        if (type == null || !type.isTextual() || !types.contains(type.asText())) {
            errors.add(type == null || !type.isTextual() ? new FieldError(pointer + "/type", "is required", types)
                    : FieldError.unknownValue(pointer + "/type", type.asText(), types));
            return Optional.empty();
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!name.equals("type") && !name.equals("coordinates") && !name.equals("bbox")) {
                errors.add(new FieldError(pointer + "/" + name, "is not a member of a GeoJSON geometry",
                        List.of("type", "coordinates", "bbox")));
            }
        });
        JsonNode coordinates = node.get("coordinates");
        String at = pointer + "/coordinates";
        if (coordinates == null || !coordinates.isArray()) {
            return refuse(at, "must be an array of positions");
        }
        Optional<Geometry> geometry = switch (type.asText()) {
            case "Point" -> position(coordinates, at).map(FACTORY::createPoint);
            case "MultiPoint" -> each(coordinates, at, (part, partAt) -> position(part, partAt)
                    .map(FACTORY::createPoint))
                    .map(points -> FACTORY.createMultiPoint(points.toArray(Point[]::new)));
            case "LineString" -> line(coordinates, at);
            case "MultiLineString" -> each(coordinates, at, this::line)
                    .map(lines -> FACTORY.createMultiLineString(lines.toArray(LineString[]::new)));
            case "Polygon" -> polygon(coordinates, at);
            default -> each(coordinates, at, this::polygon)
                    .map(polygons -> FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
        };
        if (!site) {
            return geometry;
        }
        if (positions > MAX_POSITIONS) {
            return refuse(at, "has " + positions + " positions; at most " + MAX_POSITIONS + " are accepted");
        }
        return geometry.flatMap(this::valid).flatMap(this::ofPlausibleSize);
    }

    private Optional<Coordinate> position(JsonNode node, String at) {
        positions++;
        if (!node.isArray() || node.size() < 2 || node.size() > 3) {
            return refuse(at, "must be a position: [longitude, latitude] or [longitude, latitude, altitude]");
        }
        for (JsonNode number : node) {
            if (!number.isNumber() || !Double.isFinite(number.asDouble())) {
                return refuse(at, "must hold numbers only");
            }
        }
        double longitude = node.get(0).asDouble();
        double latitude = node.get(1).asDouble();
        if (longitude < -180 || longitude > 180) {
            return refuse(at + "/0", "longitude " + longitude + " is outside -180 to 180 degrees");
        }
        if (latitude < -90 || latitude > 90) {
            return refuse(at + "/1", "latitude " + latitude + " is outside -90 to 90 degrees");
        }
        return Optional.of(new Coordinate(longitude, latitude));
    }

    private Optional<Coordinate[]> positions(JsonNode node, String at, int minimum, String what) {
        if (!node.isArray() || node.size() < minimum) {
            return refuse(at, what + " needs at least " + minimum + " positions");
        }
        List<Coordinate> read = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            Optional<Coordinate> position = position(node.get(i), at + "/" + i);
            if (position.isEmpty()) {
                return Optional.empty();
            }
            if (i > 0 && Math.abs(position.get().x - read.get(i - 1).x) > 180) {
                return refuse(at + "/" + i, "the edge from the position before crosses the antimeridian: cut the "
                        + "geometry there into a Multi" + (what.equals("a ring") ? "Polygon" : "LineString")
                        + " (RFC 7946 §3.1.9)");
            }
            read.add(position.get());
        }
        return Optional.of(read.toArray(Coordinate[]::new));
    }

    private Optional<Geometry> line(JsonNode node, String at) {
        return positions(node, at, 2, "a line").flatMap(coordinates ->
                FACTORY.createLineString(coordinates).getLength() == 0
                        ? refuse(at, "a line needs two distinct positions")
                        : Optional.of(FACTORY.createLineString(coordinates)));
    }

    private Optional<Geometry> polygon(JsonNode node, String at) {
        if (!node.isArray() || node.isEmpty()) {
            return refuse(at, "a polygon needs an exterior ring");
        }
        List<LinearRing> rings = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Optional<Coordinate[]> ring = positions(node.get(i), at + "/" + i, 4, "a ring");
            if (ring.isEmpty()) {
                return Optional.empty();
            }
            if (!ring.get()[0].equals2D(ring.get()[ring.get().length - 1])) {
                return refuse(at + "/" + i, "a ring must end at the position it starts from");
            }
            rings.add(FACTORY.createLinearRing(ring.get()));
        }
        return Optional.of(FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size())
                .toArray(LinearRing[]::new)));
    }

    private <T extends Geometry> Optional<List<T>> each(JsonNode node, String at,
            BiFunction<JsonNode, String, Optional<Geometry>> part) {
        if (node.isEmpty()) {
            return refuse(at, "needs at least one part");
        }
        List<T> parts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Optional<Geometry> read = part.apply(node.get(i), at + "/" + i);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            T typed = (T) read.get();
            parts.add(typed);
        }
        return Optional.of(parts);
    }

    private Optional<Geometry> valid(Geometry geometry) {
        TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
        if (invalid == null) {
            return Optional.of(geometry);
        }
        Coordinate where = invalid.getCoordinate();
        return refuse(pointer + "/coordinates", invalid.getMessage().toLowerCase(Locale.ROOT)
                + (where == null ? "" : " at [" + where.x + ", " + where.y + "]"));
    }

    private Optional<Geometry> ofPlausibleSize(Geometry geometry) {
        double lengthKm = Geodesy.lengthKm(geometry);
        if (geometry.getDimension() == 1 && lengthKm > MAX_LENGTH_KM) {
            return refuse(pointer + "/coordinates", String.format(Locale.ROOT,
                    "is %.0f km long; a site is at most %.0f km long", lengthKm, MAX_LENGTH_KM));
        }
        double areaKm2 = Geodesy.areaKm2(geometry);
        if (areaKm2 > MAX_AREA_KM2) {
            return refuse(pointer + "/coordinates", String.format(Locale.ROOT,
                    "covers %.0f km²; a site covers at most %.0f km²", areaKm2, MAX_AREA_KM2));
        }
        return Optional.of(geometry);
    }

    private <T> Optional<T> refuse(String at, String reason) {
        errors.add(new FieldError(at, reason));
        return Optional.empty();
    }
}
