package org.brigreen.trafficlight.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.brigreen.trafficlight.input.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoJsonGeometryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPointALineAndAPolygonAreSites() {
        assertEquals("Point", read("{\"type\":\"Point\",\"coordinates\":[37.5,-0.5]}").getGeometryType());
        Geometry railway = read("{\"type\":\"LineString\",\"coordinates\":[[36.8,-1.3],[39.7,-4.0]]}");
        assertEquals(2, railway.getNumPoints());
        Geometry reservoir = read("{\"type\":\"Polygon\",\"coordinates\":[[[30,0],[30.1,0],[30.1,0.1],[30,0.1],"
                + "[30,0]]]}");
        assertEquals(2, reservoir.getDimension());
        assertEquals(123.0, Geodesy.areaKm2(reservoir), 1.0, "0.1° × 0.1° on the equator");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Point\",\"coordinates\":[181,0]}|/site/location/coordinates/0|longitude 181.0 is outside -180 to 180 degrees",
        "{\"type\":\"Point\",\"coordinates\":[0,-91]}|/site/location/coordinates/1|latitude -91.0 is outside -90 to 90 degrees",
        "{\"type\":\"Point\",\"coordinates\":[0]}|/site/location/coordinates|must be a position: [longitude, latitude] or [longitude, latitude, altitude]",
        "{\"type\":\"LineString\",\"coordinates\":[[1,1],[1,1]]}|/site/location/coordinates|a line needs two distinct positions",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}|/site/location/coordinates/0|a ring must end at the position it starts from",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}|/site/location/coordinates|self-intersection at [0.5, 0.5]",
        "{\"type\":\"LineString\",\"coordinates\":[[179.5,0],[-179.5,0]]}|/site/location/coordinates/1|the edge from the position before crosses the antimeridian: cut the geometry there into a MultiLineString (RFC 7946 §3.1.9)",
        "{\"type\":\"LineString\",\"coordinates\":[[0,0],[60,0]]}|/site/location/coordinates|is 6679 km long; a site is at most 5000 km long",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[5,0],[5,5],[0,5],[0,0]]]}|/site/location/coordinates|covers 307542 km²; a site covers at most 100000 km²",
        "{\"type\":\"Point\",\"coordinates\":[1,2],\"crs\":\"EPSG:3857\"}|/site/location/crs|is not a member of a GeoJSON geometry",
    })
    void whatNoSiteCanBeIsRefusedNamingWhereAndWhy(String json, String pointer, String reason) {
        List<FieldError> errors = errors(json);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(pointer, errors.get(0).pointer());
        assertEquals(reason, errors.get(0).reason());
    }

    @Test
    void anUnknownTypeIsRefusedWithTheTypesASiteMayBe() {
        List<FieldError> errors = errors("{\"type\":\"GeometryCollection\",\"geometries\":[]}");
        assertEquals("/site/location/type", errors.get(0).pointer());
        assertEquals(GeoJsonGeometry.TYPES, errors.get(0).allowedValues());
    }

    @Test
    void aSiteCutAtTheAntimeridianIsAccepted() {
        Geometry cut = read("{\"type\":\"MultiLineString\",\"coordinates\":[[[179.5,-17],[180,-17]],"
                + "[[-180,-17],[-179.5,-17]]]}");
        assertEquals(2, cut.getNumGeometries());
        assertEquals(106.4, Geodesy.lengthKm(cut), 0.5, "1° of longitude at 17° south");
    }

    private static Geometry read(String json) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Geometry> geometry = GeoJsonGeometry.read(tree(json), "/site/location", errors);
        assertTrue(errors.isEmpty(), errors.toString());
        return geometry.orElseThrow();
    }

    private static List<FieldError> errors(String json) {
        List<FieldError> errors = new ArrayList<>();
        assertTrue(GeoJsonGeometry.read(tree(json), "/site/location", errors).isEmpty());
        return errors;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
