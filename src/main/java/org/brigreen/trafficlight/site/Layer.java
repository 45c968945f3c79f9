package org.brigreen.trafficlight.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A loaded reference layer version: its manifest and its features in a spatial index (an STR-tree of their bounding
 * boxes), answering which features a site intersects and which is nearest to it, geodesically.
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
    /** The first search radius; each next one is four times larger, up to the limit. */
    private static final double FIRST_RADIUS_KM = 10;

    private final LayerManifest manifest;
    private final STRtree index;
    private final int size;

    Layer(LayerManifest manifest, List<LayerFeature> features) {
        this.manifest = manifest;
        this.index = new STRtree();
        for (LayerFeature feature : features) {
            index.insert(feature.geometry().getEnvelopeInternal(), feature);
        }
        index.build();
        this.size = features.size();
    }

    public LayerManifest manifest() {
        return manifest;
    }

    public int size() {
        return size;
    }

    /** The features {@code site} intersects, in the order of their ids. */
    public List<LayerFeature> intersecting(Geometry site) {
        return candidates(site.getEnvelopeInternal()).stream()
                .filter(feature -> feature.shape().intersects(site))
                .sorted(Comparator.comparing(LayerFeature::id))
                .toList();
    }

    /**
     * The feature nearest to {@code site} within {@code limitKm}, with its geodesic distance (0 when the site
     * intersects it); none when no feature is that close.
     */
    public Optional<Nearest> nearest(Geometry site, double limitKm) {
        for (double radius = Math.min(FIRST_RADIUS_KM, limitKm); ; radius = Math.min(radius * 4, limitKm)) {
            Optional<Nearest> nearest = nearestAmong(candidates(searchBox(site.getEnvelopeInternal(), radius)), site);
            // Every feature within the radius is among the candidates: a nearest one within it is the nearest of all.
            if (nearest.isPresent() && nearest.get().distanceKm() <= radius) {
                return nearest;
            }
            if (radius >= limitKm) {
                return Optional.empty();
            }
        }
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

    private static Optional<Nearest> nearestAmong(List<LayerFeature> candidates, Geometry site) {
        Nearest best = null;
        for (LayerFeature feature : candidates) {
            double distance = feature.shape().intersects(site) ? 0 : Geodesy.distanceKm(site, feature.geometry());
            if (best == null || distance < best.distanceKm()
                    || distance == best.distanceKm() && feature.id().compareTo(best.feature().id()) < 0) {
                best = new Nearest(feature, distance);
            }
        }
        return Optional.ofNullable(best);
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
