package org.brigreen.trafficlight.report;

/**
 * One row of a report: the decisions of one key (a sector, a country, a month "2026-12", an organisation, a region
 * or a category) by class. {@code key} is null for decisions logged before callers were recorded, grouped by
 * organisation.
 */
public record ClassCountRow(String key, long red, long amber, long green, long total) {

    ClassCountRow plus(String trafficLight, long decisions) {
        return switch (trafficLight) {
            case "red" -> new ClassCountRow(key, red + decisions, amber, green, total + decisions);
            case "amber" -> new ClassCountRow(key, red, amber + decisions, green, total + decisions);
            default -> new ClassCountRow(key, red, amber, green + decisions, total + decisions);
        };
    }

    ClassCountRow plus(ClassCountRow other) {
        return new ClassCountRow(key, red + other.red, amber + other.amber, green + other.green,
                total + other.total);
    }

    ClassCountRow withKey(String newKey) {
        return new ClassCountRow(newKey, red, amber, green, total);
    }

    static ClassCountRow empty(String key) {
        return new ClassCountRow(key, 0, 0, 0, 0);
    }
}
