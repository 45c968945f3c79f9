package org.brigreen.trafficlight.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A stacked bar chart of report rows, laid out for an inline SVG drawn by the server: each row a bar split by class,
 * scaled to the largest total. Horizontal bars for keys (sectors, countries ...), vertical columns for months.
 *
 * @param width   the SVG's width in user units
 * @param height  the SVG's height in user units
 * @param bars    the bars, in the order of the rows
 */
public record Chart(int width, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 190;
    static final int BAR_LENGTH = 460;
    static final int BAR_THICKNESS = 18;
    static final int GAP = 8;
    static final int COLUMN_HEIGHT = 220;
    static final int COLUMN_WIDTH = 34;
    static final int COLUMN_GAP = 18;
    static final int AXIS = 28;
    static final int MAX_LABEL = 26;

    /**
     * One bar: its key, its label (the key cut to fit beside the bar: the table and each part's tooltip give it
     * whole), where the label and the number go, and its three parts (red, amber, green), each a rectangle.
     */
    public record Bar(String key, String label, long total, int labelX, int labelY, int totalX, int totalY, List<Part> parts) {
    }

    /** A part of a bar: the class it counts and its rectangle. */
    public record Part(String trafficLight, long decisions, int x, int y, int width, int height) {
    }

    /** Horizontal stacked bars, one per row, labelled on the left with the key and on the right with the total. */
    public static Chart horizontal(List<ClassCountRow> rows) {
        long max = max(rows);
        List<Bar> bars = new ArrayList<>();
        int y = GAP;
        for (ClassCountRow row : rows) {
            int x = LABEL_WIDTH;
            List<Part> parts = new ArrayList<>(3);
            for (String light : List.of("red", "amber", "green")) {
                long count = count(row, light);
                int length = (int) Math.round((double) count * BAR_LENGTH / max);
                parts.add(new Part(light, count, x, y, length, BAR_THICKNESS));
                x += length;
            }
            bars.add(new Bar(key(row), label(key(row)), row.total(), LABEL_WIDTH - 6, y + BAR_THICKNESS - 4, x + 6,
                    y + BAR_THICKNESS - 4, parts));
            y += BAR_THICKNESS + GAP;
        }
        return new Chart(LABEL_WIDTH + BAR_LENGTH + 90, Math.max(y, BAR_THICKNESS + 2 * GAP), bars);
    }

    /** Vertical stacked columns, one per row (a month), labelled below with the key and above with the total. */
    public static Chart vertical(List<ClassCountRow> rows) {
        long max = max(rows);
        List<Bar> bars = new ArrayList<>();
        int x = COLUMN_GAP;
        int base = AXIS + COLUMN_HEIGHT;
        for (ClassCountRow row : rows) {
            int y = base;
            List<Part> parts = new ArrayList<>(3);
            for (String light : List.of("red", "amber", "green")) {
                long count = count(row, light);
                int length = (int) Math.round((double) count * COLUMN_HEIGHT / max);
                y -= length;
                parts.add(new Part(light, count, x, y, COLUMN_WIDTH, length));
            }
            bars.add(new Bar(key(row), key(row), row.total(), x + COLUMN_WIDTH / 2, base + 18, x + COLUMN_WIDTH / 2, y - 6,
                    parts));
            x += COLUMN_WIDTH + COLUMN_GAP;
        }
        return new Chart(Math.max(x, 2 * COLUMN_GAP + COLUMN_WIDTH) + 40, base + AXIS, bars);
    }

    private static String key(ClassCountRow row) {
        return row.key() == null ? "—" : row.key();
    }

    /** A key cut to what fits in the labels' width at their size: about 26 characters. */
    private static String label(String key) {
        return key.length() <= MAX_LABEL ? key : key.substring(0, MAX_LABEL - 1) + "…";
    }

    private static long max(List<ClassCountRow> rows) {
        return Math.max(1, rows.stream().mapToLong(ClassCountRow::total).max().orElse(1));
    }

    private static long count(ClassCountRow row, String light) {
        return switch (light) {
            case "red" -> row.red();
            case "amber" -> row.amber();
            default -> row.green();
        };
    }
}
