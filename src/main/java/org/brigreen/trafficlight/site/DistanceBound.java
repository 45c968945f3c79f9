package org.brigreen.trafficlight.site;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A lower bound of the geodesic distance from a site to anything in a longitude/latitude box, cheap enough to be
 * computed for every box of a spatial index a search visits, so that the exact distance ({@link Geodesy}) is computed
 * only for the features that could be nearest.
 *
 * <p>Why it is a lower bound: on the WGS 84 ellipsoid the radii of curvature are never below a(1 − e²) = 6,335.439 km,
 * so every path on it is at least that times its length on the unit sphere with the same latitudes and longitudes; the
 * geodesic is such a path, and so is never shorter than that radius times the great-circle angle between its ends. The
 * site is covered by caps (a point; the midpoint of each edge with half its length around it), and by the triangle
 * inequality the distance from the site is at least the distance from a cap's centre less its radius. A box meeting a
 * polygon's own box may hold a feature inside it: its bound is 0.
 */
final class DistanceBound {

    /** The least radius of curvature of the WGS 84 ellipsoid, a(1 − e²), rounded down, in kilometres. */
    static final double LEAST_RADIUS_KM = 6335.0;
    /** Taken off every bound, against rounding in the trigonometry and in the projection {@link Geodesy} uses. */
    private static final double ROUNDING_KM = 0.001;
    /** Kept on a cap's radius: an edge as {@link Geodesy} measures it lies within millimetres of the geodesic. */
    private static final double CAP_MARGIN = 1.001;
    private static final Geodesic WGS84 = Geodesic.WGS84;
    private static final double METRES_PER_KM = 1000;

    /** A cap of the site: its centre, with its latitude's sine and cosine, and its radius in kilometres. */
    private record Cap(double lat, double lon, double sinLat, double cosLat, double radiusKm) {

        static Cap of(double lat, double lon, double radiusKm) {
            double phi = Math.toRadians(lat);
            return new Cap(lat, lon, Math.sin(phi), Math.cos(phi), radiusKm * CAP_MARGIN);
        }

        double lowerBoundKm(Envelope box) {
            return LEAST_RADIUS_KM * angleTo(box) - radiusKm;
        }

        /** The great-circle angle, in radians, from the centre to the nearest place in {@code box}. */
        private double angleTo(Envelope box) {
            double lonGap = longitudeGap(lon, box);
            if (lonGap == 0) {
                return Math.toRadians(Math.max(0, Math.max(box.getMinY() - lat, lat - box.getMaxY())));
            }
            // The nearest place is on the box's nearer meridian edge (the farther from a meridian along a parallel,
            // the farther from the centre), where cos(angle) = a sin(θ) + b cos(θ) is greatest over its latitudes θ.
            double a = sinLat;
            double b = cosLat * Math.cos(Math.toRadians(lonGap));
            double south = Math.toRadians(box.getMinY());
            double north = Math.toRadians(box.getMaxY());
            double cosine = Math.max(a * Math.sin(south) + b * Math.cos(south), a * Math.sin(north)
                    + b * Math.cos(north));
            double peak = Math.atan2(a, b);
            if (peak > south && peak < north) {
                cosine = Math.hypot(a, b);
            }
            return Math.acos(Math.min(1, cosine));
        }
    }

    private final Cap whole;
    private final List<Cap> caps;
    private final List<Envelope> areas;

    private DistanceBound(Cap whole, List<Cap> caps, List<Envelope> areas) {
        this.whole = whole;
        this.caps = caps;
        this.areas = areas;
    }

    /** The bound for {@code site}: a point, lines or polygons. */
    static DistanceBound of(Geometry site) {
        List<Cap> caps = new ArrayList<>();
        List<Envelope> areas = new ArrayList<>();
        for (int i = 0; i < site.getNumGeometries(); i++) {
            Geometry part = site.getGeometryN(i);
            if (part instanceof Point point) {
                caps.add(Cap.of(point.getY(), point.getX(), 0));
            } else if (part instanceof LineString line) {
                addEdges(line.getCoordinateSequence(), caps);
            } else if (part instanceof Polygon polygon) {
                areas.add(polygon.getEnvelopeInternal());
                addEdges(polygon.getExteriorRing().getCoordinateSequence(), caps);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    addEdges(polygon.getInteriorRingN(h).getCoordinateSequence(), caps);
                }
            }
        }
        return new DistanceBound(wholeCap(site, caps), List.copyOf(caps), List.copyOf(areas));
    }

    /**
     * A lower bound of the geodesic distance from the site to anything in {@code box}, in kilometres, 0 at least. When
     * one cap about the whole site already puts the box beyond {@code ceilingKm}, that bound is the answer, the tighter
     * one of each edge's cap not being needed.
     */
    double lowerBoundKm(Envelope box, double ceilingKm) {
        for (Envelope area : areas) {
            if (area.intersects(box)) {
                return 0;
            }
        }
        double bound = whole.lowerBoundKm(box);
        if (bound - ROUNDING_KM <= ceilingKm && caps.size() > 1) {
            bound = Double.POSITIVE_INFINITY;
            for (Cap cap : caps) {
                bound = Math.min(bound, cap.lowerBoundKm(box));
            }
        }
        return Math.max(0, bound - ROUNDING_KM);
    }

    /**
     * The box, in degrees, holding a feature together with its edges as geodesics: an edge between two places of one
     * latitude runs poleward of that parallel, by at most atan(tan φ / cos(Δλ / 2)) − φ for the edge's longitude span
     * Δλ at its poleward end's latitude φ; the box is widened twice that, north and south.
     */
    static Envelope featureBox(Geometry feature) {
        Envelope box = new Envelope(feature.getEnvelopeInternal());
        double[] spans = new double[2];
        for (int i = 0; i < feature.getNumGeometries(); i++) {
            Geometry part = feature.getGeometryN(i);
            if (part instanceof LineString line) {
                widestEdge(line.getCoordinateSequence(), spans);
            } else if (part instanceof Polygon polygon) {
                widestEdge(polygon.getExteriorRing().getCoordinateSequence(), spans);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    widestEdge(polygon.getInteriorRingN(h).getCoordinateSequence(), spans);
                }
            }
        }
        double lat = Math.toRadians(Math.min(90, spans[1]));
        double halfSpan = Math.toRadians(spans[0] / 2);
        double bulge = Math.toDegrees(Math.atan(Math.tan(lat) / Math.cos(halfSpan)) - lat);
        double margin = 2 * (Double.isFinite(bulge) ? bulge : 90);
        return new Envelope(box.getMinX(), box.getMaxX(), Math.max(-90, box.getMinY() - margin),
                Math.min(90, box.getMaxY() + margin));
    }

    /** Widest longitude span of an edge in spans[0], greatest absolute latitude in spans[1], both in degrees. */
    private static void widestEdge(CoordinateSequence line, double[] spans) {
        for (int i = 0; i < line.size(); i++) {
            spans[1] = Math.max(spans[1], Math.abs(line.getY(i)));
            if (i > 0) {
                spans[0] = Math.max(spans[0], Math.abs(line.getX(i) - line.getX(i - 1)));
            }
        }
    }

    /** The longitude difference, in degrees (0 to 180), from {@code lon} to the nearer side of {@code box}. */
    private static double longitudeGap(double lon, Envelope box) {
        if (lon >= box.getMinX() && lon <= box.getMaxX()) {
            return 0;
        }
        double west = box.getMinX() - lon;
        double east = lon - box.getMaxX();
        return Math.min(180, Math.min(west < 0 ? west + 360 : west, east < 0 ? east + 360 : east));
    }

    /** Each edge's cap: its geodesic midpoint, with half its length around it. */
    private static void addEdges(CoordinateSequence line, List<Cap> caps) {
        for (int i = 1; i < line.size(); i++) {
            GeodesicLine edge = WGS84.InverseLine(line.getY(i - 1), line.getX(i - 1), line.getY(i), line.getX(i),
                    GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            double half = edge.Distance() / 2;
            GeodesicData middle = edge.Position(half, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            caps.add(Cap.of(middle.lat2, middle.lon2, half / METRES_PER_KM));
        }
    }

    /** One cap holding every other: about the middle of the site's box, as wide as the farthest cap reaches. */
    private static Cap wholeCap(Geometry site, List<Cap> caps) {
        Envelope box = site.getEnvelopeInternal();
        double lat = box.centre().y;
        double lon = box.centre().x;
        double radiusKm = 0;
        for (Cap cap : caps) {
            radiusKm = Math.max(radiusKm, WGS84.Inverse(lat, lon, cap.lat(), cap.lon(), GeodesicMask.DISTANCE).s12
                    / METRES_PER_KM + cap.radiusKm());
        }
        return Cap.of(lat, lon, radiusKm);
    }
}
