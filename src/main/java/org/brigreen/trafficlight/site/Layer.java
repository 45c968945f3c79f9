package org.brigreen.trafficlight.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A loaded reference layer version: its manifest and its features in a spatial index (an STR-tree of their bounding
 * boxes, widened by what their edges, as geodesics, bulge poleward), answering which features a site intersects and
 * which are within a distance of it, geodesically; {@link NearestSearch} walks the same index for the nearest.
 */
public final class Layer {

    /** Kilometres in a degree of latitude, at least (on the equator's meridian arc): a box never too small. */
    private static final double KM_PER_DEGREE_OF_LATITUDE = 110.574;
    private static final double KM_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR = 111.320;
    /**
     * A margin on the width of a search box in longitude: the geodesic between two places of one latitude runs poleward
     * of their parallel, so a box as wide as the parallel's arc could miss a feature.
     */
    private static final double LONGITUDE_MARGIN = 1.5;
    /** Beyond this latitude a search box takes every longitude. */
    private static final double POLAR_LATITUDE = 89;

    private final LayerManifest manifest;
    private final STRtree index;
    /** Kept once built: asking the tree for it would take the tree's lock on every search. */
    private final AbstractNode root;
    private final int size;

    Layer(LayerManifest manifest, List<LayerFeature> features) {
        this.manifest = manifest;
        this.index = new STRtree();
        for (LayerFeature feature : features) {
            index.insert(DistanceBound.featureBox(feature.geometry()), feature);
        }
        this.root = index.getRoot();
        this.size = features.size();
    }

    public LayerManifest manifest() {
        return manifest;
    }

    public int size() {
        return size;
    }

    /** The root of the spatial index, for a search that walks it: its items are the features. */
    AbstractNode root() {
        return root;
    }

    /** The features {@code site} intersects, in the order of their ids. */
    public List<LayerFeature> intersecting(Geometry site) {
        return candidates(site.getEnvelopeInternal()).stream()
                .filter(feature -> feature.shape().intersects(site))
                .sorted(Comparator.comparing(LayerFeature::id))
                .toList();
    }

    /**
     * Every feature within {@code radiusKm} of {@code site}, with its geodesic distance (0 when the site intersects
     * it), nearest first.
     */
    public List<Nearest> within(Geometry site, double radiusKm) {
        return candidates(searchBox(site.getEnvelopeInternal(), radiusKm)).stream()
                .map(feature -> new Nearest(feature, feature.shape().intersects(site) ? 0
                        : Geodesy.distanceKm(site, feature.geometry())))
                .filter(found -> found.distanceKm() <= radiusKm)
                .sorted(Comparator.comparingDouble(Nearest::distanceKm)
                        .thenComparing(found -> found.feature().id()))
                .toList();
    }

    /** A feature and its distance from a site, in kilometres. */
    public record Nearest(LayerFeature feature, double distanceKm) {
    }

    /**
     * The features whose boxes meet {@code box}; a box reaching past the antimeridian meets the features on its other
     * side too.
     */
    @SuppressWarnings("unchecked")
    private List<LayerFeature> candidates(Envelope box) {
        Set<LayerFeature> found = new LinkedHashSet<>(index.query(box));
        if (box.getMinX() < -180) {
            found.addAll(index.query(new Envelope(box.getMinX() + 360, 180, box.getMinY(), box.getMaxY())));
        }
        if (box.getMaxX() > 180) {
            found.addAll(index.query(new Envelope(-180, box.getMaxX() - 360, box.getMinY(), box.getMaxY())));
        }
        return new ArrayList<>(found);
    }

    /** The box holding every place within {@code radiusKm} of {@code site}, in degrees. */
    static Envelope searchBox(Envelope site, double radiusKm) {
        double latitudeDegrees = radiusKm / KM_PER_DEGREE_OF_LATITUDE;
        double minY = Math.max(-90, site.getMinY() - latitudeDegrees);
        double maxY = Math.min(90, site.getMaxY() + latitudeDegrees);
        double poleward = Math.max(Math.abs(minY), Math.abs(maxY));
        double longitudeDegrees = poleward >= POLAR_LATITUDE ? 360
                : LONGITUDE_MARGIN * radiusKm / (KM_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR
                        * Math.cos(Math.toRadians(poleward)));
        if (longitudeDegrees >= 180) {
            return new Envelope(-180, 180, minY, maxY);
        }
        return new Envelope(site.getMinX() - longitudeDegrees, site.getMaxX() + longitudeDegrees, minY, maxY);
    }
}
