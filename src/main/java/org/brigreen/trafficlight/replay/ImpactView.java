package org.brigreen.trafficlight.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * An impact analysis as the impact page shows it: the movement matrix as rows of cells, each with its count, its
 * shade in the heat map and its sample decisions; and the movements into and out of exclusion.
 *
 * @param rows     recorded red, amber, green, each with its cells under the version: red, amber, green
 * @param excluded stayed excluded, became excluded, ceased to be excluded
 */
public record ImpactView(Impact impact, List<Row> rows, List<Movement> excluded) {

    /** How many shades of the heat map show a count above zero. */
    static final int SHADES = 4;

    /** A class as recorded, and where its decisions went. */
    public record Row(String light, List<Cell> cells) {
    }

    /**
     * Decisions recorded as {@code from} that the version gives {@code to}.
     *
     * @param shade 0 for none, 1 to {@value ImpactView#SHADES} as the count nears the largest cell's
     */
    public record Cell(String from, String to, long count, int shade, List<Sample> samples) {

        public boolean moved() {
            return !from.equals(to);
        }
    }

    /** A movement into or out of exclusion: {@code stayed}, {@code became} or {@code ceased}. */
    public record Movement(String kind, long count, List<Sample> samples) {
    }

    /** A decision to look at, by its page, named by the end of its id: ids made together share their start. */
    public record Sample(String id) {

        public String path() {
            return "/app/decisions/" + id;
        }

        public String shortId() {
            return "…" + id.substring(id.length() - 8);
        }
    }

    static ImpactView of(Impact impact) {
        List<Impact.Row> recorded = List.of(impact.classes().red(), impact.classes().amber(), impact.classes().green());
        long largest = recorded.stream().flatMap(row -> cells(row).stream()).mapToLong(Impact.Cell::count).max()
                .orElse(0);
        List<String> lights = Arrays.stream(TrafficLight.values()).map(TrafficLight::wireName).toList();
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < lights.size(); from++) {
            List<Impact.Cell> cells = cells(recorded.get(from));
            List<Cell> shown = new ArrayList<>();
            for (int to = 0; to < lights.size(); to++) {
                Impact.Cell cell = cells.get(to);
                shown.add(new Cell(lights.get(from), lights.get(to), cell.count(), shade(cell.count(), largest),
                        samples(cell)));
            }
            rows.add(new Row(lights.get(from), shown));
        }
        Impact.ExcludedMovements moves = impact.excluded();
        return new ImpactView(impact, rows, List.of(movement("became", moves.became()),
                movement("ceased", moves.ceased()), movement("stayed", moves.stayed())));
    }

    private static Movement movement(String kind, Impact.Cell cell) {
        return new Movement(kind, cell.count(), samples(cell));
    }

    private static List<Impact.Cell> cells(Impact.Row row) {
        return List.of(row.red(), row.amber(), row.green());
    }

    private static int shade(long count, long largest) {
        return count == 0 ? 0 : (int) Math.ceil((double) SHADES * count / largest);
    }

    private static List<Sample> samples(Impact.Cell cell) {
        return cell.sampleIds().stream().map(UUID::toString).map(Sample::new).toList();
    }
}
