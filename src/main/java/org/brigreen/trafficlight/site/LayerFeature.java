package org.brigreen.trafficlight.site;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * One feature of a reference layer: its id and name in the source data, its category (an IUCN category, a World
 * Heritage kind, a receptor), and its shape, prepared for repeated intersection tests.
 */
public record LayerFeature(String id, String name, String category, PreparedGeometry shape) {

    public LayerFeature(String id, String name, String category, Geometry geometry) {
        this(id, name, category, PreparedGeometryFactory.prepare(geometry));
    }

    public Geometry geometry() {
        return shape.getGeometry();
    }
}
