package org.brigreen.trafficlight.site;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Lengths, areas and distances on the WGS 84 ellipsoid, with GeographicLib (Karney's algorithms, accurate to
 * nanometres). Coordinates are JTS's x = longitude, y = latitude, in degrees. An edge between two positions is taken
 * as the geodesic between them.
 */
public final class Geodesy {

    private static final Geodesic WGS84 = Geodesic.WGS84;
    private static final Gnomonic GNOMONIC = new Gnomonic(WGS84);
    private static final double METRES_PER_KM = 1000;
    private static final double SQUARE_METRES_PER_KM2 = 1e6;
    /** Recentring the projection on the nearest point found: twice brings the distance within millimetres. */
    private static final int REFINEMENTS = 2;

    private Geodesy() {
    }

    /** The geodesic distance between two positions, in kilometres. */
    public static double distanceKm(Coordinate a, Coordinate b) {
        return WGS84.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12 / METRES_PER_KM;
    }

    /** The length of the lines of {@code geometry} (a polygon's rings included), in kilometres. */
    public static double lengthKm(Geometry geometry) {
        double length = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString line) {
                length += lengthKm(line.getCoordinateSequence());
            } else if (part instanceof Polygon polygon) {
                length += lengthKm(polygon.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    length += lengthKm(polygon.getInteriorRingN(h).getCoordinateSequence());
                }
            }
        }
        return length;
    }

    /** The area of the polygons of {@code geometry}, holes left out, in square kilometres. */
    public static double areaKm2(Geometry geometry) {
        double area = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                area += ringAreaKm2(polygon.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    area -= ringAreaKm2(polygon.getInteriorRingN(h).getCoordinateSequence());
                }
            }
        }
        return area;
    }

    /**
     * The geodesic distance between {@code site} and {@code feature}, in kilometres, for two geometries that do not
     * intersect and lie within a quarter of the Earth of each other. Both are projected gnomonically (geodesics become
     * straight lines) about a point of the site, their nearest points found in the plane and measured on the
     * ellipsoid; the projection is then centred again on the nearest point of the site, where it distorts least.
     */
    public static double distanceKm(Geometry site, Geometry feature) {
        Coordinate centre = site.getInteriorPoint().getCoordinate();
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < REFINEMENTS; round++) {
            Coordinate[] nearest = DistanceOp.nearestPoints(project(site, centre), project(feature, centre));
            Coordinate onSite = unproject(nearest[0], centre);
            best = Math.min(best, distanceKm(onSite, unproject(nearest[1], centre)));
            centre = onSite;
        }
        return best;
    }

    private static double lengthKm(CoordinateSequence line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += distanceKm(line.getCoordinate(i - 1), line.getCoordinate(i));
        }
        return length;
    }

    private static double ringAreaKm2(CoordinateSequence ring) {
        PolygonArea polygon = new PolygonArea(WGS84, false);
        // The ring's last position repeats its first; PolygonArea closes the ring by itself.
        for (int i = 0; i < ring.size() - 1; i++) {
            polygon.AddPoint(ring.getY(i), ring.getX(i));
        }
        return Math.abs(polygon.Compute(false, true).area) / SQUARE_METRES_PER_KM2;
    }

    private static Geometry project(Geometry geometry, Coordinate centre) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coordinates, Geometry parent) {
                CoordinateSequence projected = coordinates.copy();
                for (int i = 0; i < projected.size(); i++) {
                    GnomonicData point = GNOMONIC.Forward(centre.y, centre.x, coordinates.getY(i),
                            coordinates.getX(i));
                    projected.setOrdinate(i, 0, point.x);
                    projected.setOrdinate(i, 1, point.y);
                }
                return projected;
            }
        }.transform(geometry);
    }

    private static Coordinate unproject(Coordinate projected, Coordinate centre) {
        GnomonicData point = GNOMONIC.Reverse(centre.y, centre.x, projected.x, projected.y);
        return new Coordinate(point.lon, point.lat);
    }
}
