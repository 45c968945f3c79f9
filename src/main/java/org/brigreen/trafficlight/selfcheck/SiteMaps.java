package org.brigreen.trafficlight.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brigreen.trafficlight.classification.SiteScreener;
import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.layers.SiteLayers;
import org.brigreen.trafficlight.rules.RuleSet;
import org.brigreen.trafficlight.site.ScreenedSite;
import org.brigreen.trafficlight.web.FactWords;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Draws the map of a self-checked site: its location and the features of the rule-set version's reference layers
 * within {@link #RADIUS_KM}, projected to a local equirectangular frame around the site. Vector shapes only, drawn by
 * the page itself: no tile server, no script.
 */
@ApplicationScoped
class SiteMaps {

    /** How far around the site features are shown: the map spans at least this on every side. */
    static final double RADIUS_KM = 15;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 440;
    private static final double KM_PER_DEGREE_OF_LATITUDE = 110.574;
    private static final double KM_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR = 111.320;
    private static final double[] SCALE_STEPS_KM = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITE = "site.";

    private final SiteScreener screener;
    private final SiteLayers layers;

    SiteMaps(SiteScreener screener, SiteLayers layers) {
        this.screener = screener;
        this.layers = layers;
    }

    /** The map of the descriptor's location under {@code ruleSet}; null when it has no location. */
    SiteMap of(ProjectDescriptor descriptor, RuleSet ruleSet, SiteMapTexts texts, FactWords words) {
        ScreenedSite screened = screener.screen(descriptor, ruleSet);
        if (screened == null) {
            return null;
        }
        JsonNode location = descriptor.site().location();
        List<SiteLayers.NearbyFeature> near = layers.near(location, ruleSet.manifest().siteLayers(), RADIUS_KM);
        Frame frame = new Frame(SiteLayers.geometry(location));
        List<SiteMap.Feature> features = new ArrayList<>();
        Map<String, SiteMap.Legend> legend = new LinkedHashMap<>();
        for (SiteLayers.NearbyFeature found : near) {
            String layer = found.feature().layer();
            legend.putIfAbsent(layer, new SiteMap.Legend(layerClass(layer), texts.sitemap_layer(layer)));
            Coordinate label = frame.labelAt(found.geometry());
            features.add(new SiteMap.Feature(features.size() + 1, found.feature().name(), texts.sitemap_layer(layer),
                    layerClass(layer), found.feature().category(), km(found.feature().distanceKm()),
                    frame.shape(found.geometry()), number(label.x), number(label.y)));
        }
        return new SiteMap(WIDTH, HEIGHT, texts.sitemap_title(), texts.sitemap_description(features.size(),
                km(RADIUS_KM)), List.of(frame.shape(frame.site)), features, List.copyOf(legend.values()),
                frame.scale(), facts(screened, words), discrepancies(screened, words), notices(screened, texts));
    }

    private static List<SiteMap.Fact> facts(ScreenedSite screened, FactWords words) {
        return screened.facts().entrySet().stream().map(fact -> new SiteMap.Fact(words.label(SITE + fact.getKey()),
                words.value(SITE + fact.getKey(), JSON.valueToTree(fact.getValue())))).toList();
    }

    private static List<SiteMap.Discrepancy> discrepancies(ScreenedSite screened, FactWords words) {
        return screened.discrepancies().stream().map(found -> new SiteMap.Discrepancy(words.label(SITE + found.fact()),
                words.value(SITE + found.fact(), JSON.valueToTree(found.declared())),
                words.value(SITE + found.fact(), JSON.valueToTree(found.computed())),
                found.feature() == null ? "" : found.feature().name())).toList();
    }

    private static List<String> notices(ScreenedSite screened, SiteMapTexts texts) {
        List<String> notices = new ArrayList<>();
        if (screened.usedSampleData()) {
            notices.add(texts.sitemap_sampleNotice());
        }
        if (screened.layers().isEmpty()) {
            notices.add(texts.sitemap_noLayers());
        }
        if (!screened.unavailable().isEmpty()) {
            notices.add(texts.sitemap_unavailable(String.join(", ", screened.unavailable())));
        }
        return notices;
    }

    private static String layerClass(String layer) {
        return "layer-" + layer.replaceAll("[^a-z0-9-]", "");
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.1f km", km);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The local frame: kilometres east and north of the site's centre, scaled so that the radius fits around it. */
    private static final class Frame {

        private final Geometry site;
        private final double longitude0;
        private final double latitude0;
        private final double kmPerDegreeOfLongitude;
        private final double pixelsPerKm;
        private final Geometry view;

        Frame(Geometry site) {
            this.site = site;
            Envelope box = site.getEnvelopeInternal();
            this.longitude0 = box.centre().x;
            this.latitude0 = box.centre().y;
            this.kmPerDegreeOfLongitude = KM_PER_DEGREE_OF_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(latitude0));
            double halfWidthKm = box.getWidth() / 2 * kmPerDegreeOfLongitude + RADIUS_KM;
            double halfHeightKm = box.getHeight() / 2 * KM_PER_DEGREE_OF_LATITUDE + RADIUS_KM;
            this.pixelsPerKm = Math.min(WIDTH / (2 * halfWidthKm), HEIGHT / (2 * halfHeightKm));
            double viewLongitude = WIDTH / 2.0 / pixelsPerKm / kmPerDegreeOfLongitude;
            double viewLatitude = HEIGHT / 2.0 / pixelsPerKm / KM_PER_DEGREE_OF_LATITUDE;
            this.view = site.getFactory().toGeometry(new Envelope(longitude0 - viewLongitude,
                    longitude0 + viewLongitude, latitude0 - viewLatitude, latitude0 + viewLatitude));
        }

        Coordinate project(Coordinate position) {
            return new Coordinate(WIDTH / 2.0 + (position.x - longitude0) * kmPerDegreeOfLongitude * pixelsPerKm,
                    HEIGHT / 2.0 - (position.y - latitude0) * KM_PER_DEGREE_OF_LATITUDE * pixelsPerKm);
        }

        SiteMap.Shape shape(Geometry geometry) {
            if (geometry instanceof Point point) {
                Coordinate at = project(point.getCoordinate());
                return new SiteMap.Shape(null, number(at.x), number(at.y));
            }
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part instanceof Polygon polygon) {
                    ring(path, polygon.getExteriorRing(), true);
                    for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                        ring(path, polygon.getInteriorRingN(hole), true);
                    }
                } else if (part instanceof LineString line) {
                    ring(path, line, false);
                } else {
                    Coordinate at = project(part.getCoordinate());
                    path.append(String.format(Locale.ROOT, "M%.1f %.1fh0.1 ", at.x, at.y));
                }
            }
            return new SiteMap.Shape(path.toString().strip(), null, null);
        }

        private void ring(StringBuilder path, LineString line, boolean closed) {
            Coordinate[] positions = line.getCoordinates();
            for (int i = 0; i < positions.length; i++) {
                Coordinate at = project(positions[i]);
                path.append(i == 0 ? 'M' : 'L').append(number(at.x)).append(' ').append(number(at.y)).append(' ');
            }
            if (closed) {
                path.append("Z ");
            }
        }

        /** Where a feature's number stands: inside its part in view, or its point nearest the site. */
        Coordinate labelAt(Geometry feature) {
            Coordinate at;
            try {
                Geometry shown = feature.intersection(view);
                at = shown.isEmpty() ? DistanceOp.nearestPoints(feature, site)[0] : shown.getInteriorPoint()
                        .getCoordinate();
            } catch (TopologyException e) {
                // An invalid shape from a source cannot be clipped; its point nearest the site is in view all the same.
                at = DistanceOp.nearestPoints(feature, site)[0];
            }
            return project(at);
        }

        SiteMap.Scale scale() {
            double widthKm = WIDTH / pixelsPerKm;
            double lengthKm = SCALE_STEPS_KM[0];
            for (double step : SCALE_STEPS_KM) {
                if (step <= widthKm / 4) {
                    lengthKm = step;
                }
            }
            double length = lengthKm * pixelsPerKm;
            return new SiteMap.Scale("16", String.valueOf(HEIGHT - 20), number(length), number(16 + length),
                    String.format(Locale.ROOT, "%.0f km", lengthKm));
        }
    }
}
