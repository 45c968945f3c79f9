package org.brigreen.trafficlight.selfcheck;

import java.util.List;

/**
 * The site on a map, drawn as SVG in a local equirectangular frame around it (x east, y south, in pixels of a
 * {@code width} by {@code height} view), with the reference-layer features near it, what screening computed, where the
 * declaration disagrees, and the notices a reader must not miss; its words already in the page's language.
 */
record SiteMap(int width, int height, String title, String description, List<Shape> site, List<Feature> features,
        List<Legend> legend, Scale scale, List<Fact> facts, List<Discrepancy> discrepancies, List<String> notices) {

    /** A shape in the view: a path, or a point at {@code x}, {@code y} when {@code path} is null. */
    record Shape(String path, String x, String y) {
    }

    /** A feature near the site: its number on the map, where that number stands, its shape, and who it is. */
    record Feature(int number, String name, String layer, String layerClass, String category, String distance,
            Shape shape, String labelX, String labelY) {
    }

    record Legend(String layerClass, String layer) {
    }

    /** The scale bar: {@code length} pixels standing for {@code label}. */
    record Scale(String x, String y, String length, String end, String label) {
    }

    record Fact(String label, String value) {
    }

    record Discrepancy(String label, String declared, String computed, String feature) {
    }
}
