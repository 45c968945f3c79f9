package org.brigreen.trafficlight.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.brigreen.trafficlight.site.Layer;
import org.brigreen.trafficlight.site.LayerKind;
import org.brigreen.trafficlight.site.LayerLoader;
import org.brigreen.trafficlight.site.SiteScreening;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Site screening at the size of the real reference data: generates a WDPA-sized protected-area layer (300,000
 * polygons) and World Heritage, Ramsar and KBA layers as layer versions, then measures their load, the memory they
 * take and the screening of points, 500 km lines and 100 km² polygons against all of them. A plain main, not JMH: one
 * load of this size is the figure, and the screening percentiles need every sample.
 *
 * <p>Usage: {@code java -Xmx6g -cp benchmarks.jar org.brigreen.trafficlight.bench.SiteScreeningBenchmark generate DIR}
 * writes {@code DIR/<layer>/bench-1/}; {@code ... measure DIR} loads and measures them and prints Markdown.
 */
public final class SiteScreeningBenchmark {

    static final String VERSION = "bench-1";
    private static final long SEED = 20261204L;
    private static final double KM_PER_DEGREE = 111.32;
    private static final String[] IUCN = {"Ia", "Ib", "II", "III", "IV", "V", "VI", "Not Reported", "Not Applicable"};
    private static final double[] IUCN_SHARE = {0.04, 0.02, 0.05, 0.01, 0.15, 0.12, 0.06, 0.35, 0.20};
    private static final String[] HERITAGE = {"natural", "mixed", "cultural"};
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** One layer to generate: its name, size, median area and its id, name and category properties. */
    record Spec(LayerKind kind, int count, double medianKm2, String id, String name, String category) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec(LayerKind.PROTECTED_AREAS, 300_000, 10, "WDPAID", "NAME", "IUCN_CAT"),
            new Spec(LayerKind.WORLD_HERITAGE, 1_200, 100, "id_no", "name_en", "category"),
            new Spec(LayerKind.RAMSAR, 2_500, 50, "ramsarid", "officialna", null),
            new Spec(LayerKind.KBA, 16_000, 50, "SitRecID", "IntName", null));

    private SiteScreeningBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("generate", "measure").contains(args[0])) {
            System.err.println("usage: SiteScreeningBenchmark generate|measure DIR");
            System.exit(2);
        }
        Path directory = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(directory);
        } else {
            measure(directory);
        }
    }

    // --- Generation ------------------------------------------------------------------------------------------------

    static void generate(Path directory) throws IOException {
        Random random = new Random(SEED);
        for (Spec spec : SPECS) {
            Path version = directory.resolve(spec.kind().wireName()).resolve(VERSION);
            Files.createDirectories(version);
            long vertices = writeFeatures(spec, version.resolve("features.geojson"), random);
            writeManifest(spec, version);
            System.out.printf(Locale.ROOT, "generated %s: %,d polygons, %,d vertices (mean %.1f a polygon), %,d MB%n",
                    spec.kind().wireName(), spec.count(), vertices, (double) vertices / spec.count(),
                    Files.size(version.resolve("features.geojson")) >> 20);
        }
    }

    private static long writeFeatures(Spec spec, Path file, Random random) throws IOException {
        long vertices = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < spec.count(); i++) {
                // Log-normal vertex counts: median 60, mean about 100, a long tail cut at 5,000.
                int n = (int) Math.min(5_000, Math.max(4, Math.round(60 * Math.exp(random.nextGaussian()))));
                // Log-normal areas: sigma 1.6 puts the 1-in-100,000 area near a thousand times the median.
                double areaKm2 = Math.min(1_000 * spec.medianKm2(), spec.medianKm2()
                        * Math.exp(1.6 * random.nextGaussian()));
                vertices += n;
                out.write(i == 0 ? "" : ",\n");
                out.write("{\"type\":\"Feature\",\"properties\":{\"" + spec.id() + "\":\"" + (i + 1) + "\",\""
                        + spec.name() + "\":\"Synthetic " + spec.kind().wireName() + " " + (i + 1) + "\"");
                if (spec.category() != null) {
                    out.write(",\"" + spec.category() + "\":\"" + category(spec.kind(), random) + "\"");
                }
                out.write("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                double[] lonLat = placement(random);
                writeRing(out, polygonRing(lonLat[0], lonLat[1], areaKm2, n, random));
                out.write("]]}}");
            }
            out.write("\n]}\n");
        }
        return vertices;
    }

    private static String category(LayerKind kind, Random random) {
        if (kind == LayerKind.WORLD_HERITAGE) {
            return HERITAGE[random.nextInt(HERITAGE.length)];
        }
        double draw = random.nextDouble();
        for (int i = 0; i < IUCN.length; i++) {
            draw -= IUCN_SHARE[i];
            if (draw < 0) {
                return IUCN[i];
            }
        }
        return IUCN[IUCN.length - 1];
    }

    /** A centre over land-like latitudes; one in fifty within 5° of the antimeridian. */
    static double[] placement(Random random) {
        double lat = -55 + 125 * random.nextDouble();
        double lon = random.nextInt(50) == 0 ? (random.nextBoolean() ? 175 + 5 * random.nextDouble()
                : -180 + 5 * random.nextDouble()) : -180 + 360 * random.nextDouble();
        return new double[] {lon, lat};
    }

    /**
     * A star-shaped ring of {@code n} vertices and about {@code areaKm2} around a centre, kept on its side of the
     * antimeridian (a layer's polygons are split there, as the WDPA's are).
     */
    static Coordinate[] polygonRing(double lon, double lat, double areaKm2, int n, Random random) {
        double radiusKm = Math.sqrt(areaKm2 / Math.PI);
        double kmPerLonDegree = KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double lonRadius = 1.2 * radiusKm / kmPerLonDegree;
        double centreLon = Math.max(-180 + lonRadius, Math.min(180 - lonRadius, lon));
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = radiusKm * (0.85 + 0.3 * random.nextDouble());
            ring[i] = new Coordinate(centreLon + r * Math.cos(angle) / kmPerLonDegree,
                    lat + r * Math.sin(angle) / KM_PER_DEGREE);
        }
        ring[n] = ring[0];
        return ring;
    }

    private static void writeRing(BufferedWriter out, Coordinate[] ring) throws IOException {
        StringBuilder text = new StringBuilder(ring.length * 24);
        for (int i = 0; i < ring.length; i++) {
            text.append(i == 0 ? "[" : ",[");
            appendDegrees(text, ring[i].x);
            text.append(',');
            appendDegrees(text, ring[i].y);
            text.append(']');
        }
        out.write(text.toString());
    }

    /**
     * Six decimals, about 10 cm: what real layers carry. Written by hand: String.format would take most of the
     * generation's time. The closing vertex stays equal to the first.
     */
    private static void appendDegrees(StringBuilder text, double degrees) {
        long micro = Math.round(Math.abs(degrees) * 1e6);
        if (degrees < 0 && micro != 0) {
            text.append('-');
        }
        String fraction = Long.toString(1_000_000 + micro % 1_000_000);
        text.append(micro / 1_000_000).append('.').append(fraction, 1, 7);
    }

    private static void writeManifest(Spec spec, Path version) throws IOException {
        String fields = "\"id\": \"" + spec.id() + "\", \"name\": \"" + spec.name() + "\""
                + (spec.category() == null ? "" : ", \"category\": \"" + spec.category() + "\"");
        Files.writeString(version.resolve(LayerLoader.MANIFEST), """
                {
                  "layer": "%s",
                  "version": "%s",
                  "source": "Synthetic, made by bench/site/run.sh for benchmarks (seed %d)",
                  "licence": "CC0 1.0: no real area is described",
                  "published": "2026-12-04",
                  "attribution": "BRI traffic-light service, benchmark data, not for decisions",
                  "sample": true,
                  "fields": {%s},
                  "data": "features.geojson",
                  "digest": "%s"
                }
                """.formatted(spec.kind().wireName(), VERSION, SEED, fields,
                LayerLoader.digestOf(version.resolve("features.geojson"))));
    }

    // --- Measurement -----------------------------------------------------------------------------------------------

    static void measure(Path directory) {
        long heapBefore = heapUsedAfterGc();
        long rssBefore = rssKb();
        Map<LayerKind, Layer> layers = new EnumMap<>(LayerKind.class);
        long coordinates = 0;
        double loadSeconds = 0;
        System.out.println("| layer | features | vertices | load (s) |\n|---|---:|---:|---:|");
        for (Spec spec : SPECS) {
            long start = System.nanoTime();
            Layer layer = LayerLoader.load(directory.resolve(spec.kind().wireName()).resolve(VERSION));
            double seconds = (System.nanoTime() - start) / 1e9;
            loadSeconds += seconds;
            layers.put(spec.kind(), layer);
            long vertices = vertices(directory.resolve(spec.kind().wireName()).resolve(VERSION));
            coordinates += vertices;
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f |%n", spec.kind().wireName(), layer.size(),
                    vertices, seconds);
        }
        System.out.printf(Locale.ROOT, "| **total** | | %,d | **%.1f** |%n%n", coordinates, loadSeconds);
        long heapLoaded = heapUsedAfterGc();
        System.out.printf(Locale.ROOT, "memory after load: heap used after GC %,d MB (%,d MB more than before; "
                + "%.0f bytes a vertex), VmRSS %,d MB (%,d MB more)%n", heapLoaded >> 20,
                (heapLoaded - heapBefore) >> 20, (double) (heapLoaded - heapBefore) / coordinates,
                rssKb() >> 10, (rssKb() - rssBefore) >> 10);

        SiteScreening screening = new SiteScreening(layers);
        Random random = new Random(SEED + 1);
        List<Geometry> points = sites(10_000, () -> point(random));
        List<Geometry> lines = sites(1_000, () -> line(random));
        List<Geometry> polygons = sites(1_000, () -> polygon(random));
        // Warm-up: other sites of each kind, so that the JIT has compiled the screening before it is timed.
        Random warmRandom = new Random(SEED + 2);
        screenAll(screening, sites(5_000, () -> point(warmRandom)));
        screenAll(screening, sites(300, () -> line(warmRandom)));
        screenAll(screening, sites(300, () -> polygon(warmRandom)));

        System.out.println("\n| site | sites | p50 (ms) | p99 (ms) | max (ms) | CPU p50 (ms) | CPU p99 (ms) "
                + "| features found (mean) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        report("point", screening, points);
        report("line, 500 km, 50 vertices", screening, lines);
        report("polygon, 100 km², 32 vertices", screening, polygons);
        long heapScreened = heapUsedAfterGc();
        System.out.printf(Locale.ROOT, "%nmemory after screening: heap used after GC %,d MB (%,d MB more than after "
                + "load: the prepared geometries' own indexes, made on a polygon's first test), VmRSS %,d MB%n",
                heapScreened >> 20, (heapScreened - heapLoaded) >> 20, rssKb() >> 10);
        System.out.println("max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB; "
                + layers.size() + " layers held: " + layers.values().stream().mapToInt(Layer::size).sum()
                + " features");
    }

    private static long vertices(Path version) {
        // Counted from the file (each position is one "[x,y]" pair) rather than from the loaded layer's internals.
        try (var in = Files.newBufferedReader(version.resolve("features.geojson"))) {
            long count = 0;
            int c;
            int previous = 0;
            while ((c = in.read()) != -1) {
                if (c == '[' && previous != '[' && previous != ':') {
                    count++;
                }
                previous = c;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Geometry> sites(int count, Supplier<Geometry> site) {
        List<Geometry> sites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sites.add(site.get());
        }
        return sites;
    }

    private static int screenAll(SiteScreening screening, List<Geometry> sites) {
        int found = 0;
        for (Geometry site : sites) {
            found += screening.screen(site).features().size();
        }
        return found;
    }

    /**
     * Each site's screening timed twice: on the clock, and in the CPU time of the screening thread (what the work took,
     * whatever else the machine ran meanwhile; on a shared machine the clock also counts the time the thread waited).
     */
    private static void report(String name, SiteScreening screening, List<Geometry> sites) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[sites.size()];
        long[] cpuNanos = new long[sites.size()];
        long found = 0;
        for (int i = 0; i < sites.size(); i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            found += screening.screen(sites.get(i)).features().size();
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f |%n", name, sites.size(),
                percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
                percentile(cpuNanos, 50), percentile(cpuNanos, 99), (double) found / sites.size());
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static Geometry point(Random random) {
        double[] lonLat = placement(random);
        return GEOMETRY.createPoint(new Coordinate(lonLat[0], lonLat[1]));
    }

    /** About 500 km in 49 steps of a steady bearing; drawn again should it cross the antimeridian. */
    static Geometry line(Random random) {
        while (true) {
            double[] lonLat = placement(random);
            double bearing = 2 * Math.PI * random.nextDouble();
            Coordinate[] line = new Coordinate[50];
            double lon = lonLat[0];
            double lat = Math.max(-50, Math.min(65, lonLat[1]));
            boolean crosses = false;
            for (int i = 0; i < line.length; i++) {
                line[i] = new Coordinate(lon, lat);
                double stepKm = 500.0 / (line.length - 1);
                lat += stepKm * Math.cos(bearing) / KM_PER_DEGREE;
                lon += stepKm * Math.sin(bearing) / (KM_PER_DEGREE * Math.cos(Math.toRadians(lat)));
                crosses |= lon < -180 || lon > 180;
            }
            if (!crosses) {
                return GEOMETRY.createLineString(line);
            }
        }
    }

    static Geometry polygon(Random random) {
        double[] lonLat = placement(random);
        Coordinate[] ring = polygonRing(lonLat[0], lonLat[1], 100, 32, random);
        return GEOMETRY.createPolygon(ring);
    }

    private static long heapUsedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** VmRSS from /proc/self/status, in kB (0 where there is no /proc). */
    private static long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
