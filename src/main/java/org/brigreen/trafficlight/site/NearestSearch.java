package org.brigreen.trafficlight.site;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;

/**
 * The feature nearest to a site in each of several layers, found in one best-first walk of their spatial indexes:
 * boxes and features are taken in the order of a lower bound of their geodesic distance ({@link DistanceBound}), and
 * the exact distance ({@link Geodesy}) is computed only while that bound is within the nearest distance found so far
 * in any of the layers. The features the site intersects are found first: at distance 0, they end the walk at once
 * but for the features that could still tie with them.
 *
 * <p>What may be skipped: the caller keeps, of the layers' nearest features, the one whose distance rounded to the
 * metre is least, the earlier layer on a tie. A feature farther than the nearest found by more than {@link
 * #TIE_MARGIN_KM} rounds to a greater distance and can win neither its layer's place in that choice nor the choice;
 * nothing nearer is skipped, so the feature kept and its distance are those of an exhaustive search.
 */
final class NearestSearch {

    /** Twice the metre a distance is rounded to: a feature this much farther than another cannot tie with it. */
    static final double TIE_MARGIN_KM = 0.002;

    /** A box or a feature of layer {@code layer} waiting to be looked at, with its bound. */
    private record Pending(double lowerBoundKm, Boundable entry, int layer) {
    }

    private final Geometry site;
    private final DistanceBound bound;
    private final List<Layer> layers;
    private final double limitKm;
    private final Layer.Nearest[] nearest;
    private double ceilingKm;

    private NearestSearch(Geometry site, List<Layer> layers, double limitKm) {
        this.site = site;
        this.bound = DistanceBound.of(site);
        this.layers = layers;
        this.limitKm = limitKm;
        this.nearest = new Layer.Nearest[layers.size()];
        this.ceilingKm = limitKm;
    }

    /**
     * For each layer, in order, the feature nearest to {@code site} within {@code limitKm}, with its geodesic distance
     * (0 when the site intersects it; the smaller id of two at one distance), unless it cannot be the nearest of all
     * the layers (see above); none when no feature is that close.
     */
    static List<Optional<Layer.Nearest>> nearest(Geometry site, List<Layer> layers, double limitKm) {
        NearestSearch search = new NearestSearch(site, layers, limitKm);
        search.intersecting();
        search.walk();
        return Arrays.stream(search.nearest).map(Optional::ofNullable).toList();
    }

    private void intersecting() {
        for (int i = 0; i < layers.size(); i++) {
            for (LayerFeature feature : layers.get(i).intersecting(site)) {
                offer(i, feature, 0);
            }
        }
    }

    private void walk() {
        PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> Double.compare(a.lowerBoundKm(),
                b.lowerBoundKm()));
        for (int i = 0; i < layers.size(); i++) {
            enqueue(queue, layers.get(i).root(), i);
        }
        while (!queue.isEmpty() && queue.peek().lowerBoundKm() <= ceilingKm) {
            Pending next = queue.poll();
            if (next.entry() instanceof AbstractNode node) {
                for (Object child : node.getChildBoundables()) {
                    enqueue(queue, (Boundable) child, next.layer());
                }
            } else {
                LayerFeature feature = (LayerFeature) ((ItemBoundable) next.entry()).getItem();
                offer(next.layer(), feature, feature.shape().intersects(site) ? 0
                        : Geodesy.distanceKm(site, feature.geometry()));
            }
        }
    }

    private void enqueue(PriorityQueue<Pending> queue, Boundable entry, int layer) {
        Envelope box = (Envelope) entry.getBounds();
        if (box == null) {
            return;
        }
        double lowerBoundKm = bound.lowerBoundKm(box, ceilingKm);
        if (lowerBoundKm <= ceilingKm) {
            queue.add(new Pending(lowerBoundKm, entry, layer));
        }
    }

    private void offer(int layer, LayerFeature feature, double distanceKm) {
        // Not "distance > limit": a distance that is not a number is no nearer than the limit either.
        if (!(distanceKm <= limitKm)) {
            return;
        }
        Layer.Nearest best = nearest[layer];
        if (best == null || distanceKm < best.distanceKm()
                || distanceKm == best.distanceKm() && feature.id().compareTo(best.feature().id()) < 0) {
            nearest[layer] = new Layer.Nearest(feature, distanceKm);
        }
        ceilingKm = Math.min(ceilingKm, distanceKm + TIE_MARGIN_KM);
    }
}
