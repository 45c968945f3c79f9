package org.brigreen.trafficlight.site;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site facts from layers built here, and geodesic distances checked against values known independently of the code:
 * an arc of the equator is the equatorial radius (6,378,137 m) times its angle; the first degree of a meridian from
 * the equator is 110,574.4 m, the last before a pole 111,693.9 m.
 */
class SiteScreeningTest {

    private static final double EQUATOR_KM_PER_DEGREE = 6378.137 * Math.PI / 180;
    /** The tolerance the screening promises anywhere on Earth. */
    private static final double HALF_PERCENT = 0.005;

    @Test
    void aPointInsideAStrictProtectedAreaHasItsCategoryAndDistanceZero() {
        ScreenedSite screened = screening(parks(park("P1", "Ia", box(37, -1, 38, 0)),
                park("P2", "V", box(36.5, -1.5, 38.5, 0.5)))).screen(point(37.5, -0.5));
        assertEquals("iucn_ia_ii", screened.facts().get("protectedArea"), "the strictest of the two");
        assertEquals(0.0, screened.facts().get("nearestSensitiveAreaKm"));
        assertEquals(List.of("P1", "P2"), screened.features().stream()
                .filter(feature -> feature.fact().equals("protectedArea")).map(ScreenedFeature::id).toList());
    }

    @Test
    void aDistanceAlongTheEquatorIsTheArcOfItsAngle() {
        double km = nearestKm(point(0, 0), box(0.5, -0.1, 1, 0.1));
        assertWithinHalfAPercent(0.5 * EQUATOR_KM_PER_DEGREE, km);
    }

    @Test
    void aDistanceAlongAMeridianIsItsArc() {
        assertWithinHalfAPercent(110.5744, nearestKm(point(10, 1), line(new Coordinate(9, 0), new Coordinate(11, 0))));
    }

    @Test
    void theNearestAreaAcrossTheAntimeridianIsFoundAndMeasuredTheShortWay() {
        double km = nearestKm(point(179.9, 0), box(-179.95, -0.05, -179.85, 0.05));
        assertWithinHalfAPercent(0.15 * EQUATOR_KM_PER_DEGREE, km);
    }

    @Test
    void nearAPoleTheNearestAreaIsAcrossIt() {
        // From 89.5° N on the prime meridian over the pole to the area's northern edge, 89.7° N by the 180th
        // meridian: 0.8° of meridian near the pole.
        double km = nearestKm(point(0, 89.5), box(179, 89.6, 179.99, 89.7));
        assertWithinHalfAPercent(0.8 * 111.6939, km);
    }

    @Test
    void aRailwayCrossingANationalParkIntersectsIt() {
        Geometry railway = line(new Coordinate(36, -2), new Coordinate(39, -3));
        ScreenedSite screened = screening(parks(park("NP", "II", box(37, -3, 38, -2)))).screen(railway);
        assertEquals("iucn_ia_ii", screened.facts().get("protectedArea"));
        assertEquals("NP", screened.features().get(0).id());
    }

    @Test
    void nothingWithinTheSearchLimitIsTheLimitAtLeast() {
        ScreenedSite screened = screening(parks(park("far", "IV", box(100, 40, 101, 41)))).screen(point(0, 0));
        assertEquals("none", screened.facts().get("protectedArea"));
        assertEquals(SiteScreening.SEARCH_LIMIT_KM, screened.facts().get("nearestSensitiveAreaKm"));
        assertTrue(screened.features().isEmpty());
    }

    @Test
    void aDesignationWithoutCategoryWorldHeritageRamsarKbaAndReceptorsAreEachTheirFact() {
        Geometry reservoir = box(20, 10, 20.2, 10.2);
        Map<LayerKind, Layer> layers = Map.of(
                LayerKind.PROTECTED_AREAS, parks(park("FR", "Not Reported", box(20.1, 10.1, 21, 11))),
                LayerKind.WORLD_HERITAGE, layer(LayerKind.WORLD_HERITAGE, feature("WH", "cultural", box(20, 10, 20.05,
                        10.05))),
                LayerKind.RAMSAR, layer(LayerKind.RAMSAR, feature("R", null, box(25, 10, 26, 11))),
                LayerKind.KBA, layer(LayerKind.KBA, feature("K", null, box(19, 9, 20.01, 10.01))),
                LayerKind.SENSITIVE_RECEPTORS, layer(LayerKind.SENSITIVE_RECEPTORS,
                        feature("M", "mangrove", box(20.15, 10.15, 20.3, 10.3)),
                        feature("F", "natural_forest", box(30, 10, 31, 11))));
        ScreenedSite screened = new SiteScreening(layers).screen(reservoir);
        assertEquals("designated_no_category", screened.facts().get("protectedArea"));
        assertEquals("cultural", screened.facts().get("worldHeritage"));
        assertFalse((Boolean) screened.facts().get("ramsar"));
        assertTrue((Boolean) screened.facts().get("kba"));
        assertEquals(List.of("mangrove"), screened.facts().get("sensitiveReceptors"));
        assertEquals(0.0, screened.facts().get("nearestSensitiveAreaKm"));
        assertEquals(5, screened.layers().size());
    }

    @Test
    void withoutEveryDesignationLayerTheDistanceIsNotComputed() {
        ScreenedSite screened = screening(parks(park("P", "II", box(37, -1, 38, 0)))).screen(point(0, 0));
        assertFalse(new SiteScreening(Map.of(LayerKind.PROTECTED_AREAS, parks(park("P", "II", box(37, -1, 38, 0)))))
                .screen(point(0, 0)).facts().containsKey("nearestSensitiveAreaKm"));
        assertTrue(screened.facts().containsKey("nearestSensitiveAreaKm"));
    }

    private static double nearestKm(Geometry site, Geometry area) {
        Object km = screening(parks(park("A", "IV", area))).screen(site).facts().get("nearestSensitiveAreaKm");
        return (Double) km;
    }

    private static void assertWithinHalfAPercent(double expectedKm, double km) {
        assertEquals(expectedKm, km, expectedKm * HALF_PERCENT, "expected " + expectedKm + " km");
    }

    /** The four designation layers, protected areas from {@code parks} and the others empty. */
    private static SiteScreening screening(Layer parks) {
        return new SiteScreening(Map.of(LayerKind.PROTECTED_AREAS, parks,
                LayerKind.WORLD_HERITAGE, layer(LayerKind.WORLD_HERITAGE),
                LayerKind.RAMSAR, layer(LayerKind.RAMSAR),
                LayerKind.KBA, layer(LayerKind.KBA)));
    }

    private static Layer parks(LayerFeature... parks) {
        return layer(LayerKind.PROTECTED_AREAS, parks);
    }

    private static LayerFeature park(String id, String iucnCategory, Geometry shape) {
        return feature(id, iucnCategory, shape);
    }

    private static LayerFeature feature(String id, String category, Geometry shape) {
        return new LayerFeature(id, "Area " + id, category, shape);
    }

    private static Layer layer(LayerKind kind, LayerFeature... features) {
        return new Layer(new LayerManifest(kind.wireName(), "test", "built by the test", "none", "2026-12-04",
                "none", true, Map.of("id", "id"), "features.geojson", "sha256:none"), List.of(features));
    }

    static Geometry point(double longitude, double latitude) {
        return GeoJsonGeometry.FACTORY.createPoint(new Coordinate(longitude, latitude));
    }

    static Geometry line(Coordinate... coordinates) {
        return GeoJsonGeometry.FACTORY.createLineString(coordinates);
    }

    static Geometry box(double west, double south, double east, double north) {
        return GeoJsonGeometry.FACTORY.createPolygon(new Coordinate[] {new Coordinate(west, south),
            new Coordinate(east, south), new Coordinate(east, north), new Coordinate(west, north),
            new Coordinate(west, south)});
    }
}
