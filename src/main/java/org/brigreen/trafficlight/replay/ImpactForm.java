package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The impact page's form as sent: the version to measure, the period as whole days in UTC (both included), and the
 * version the decisions were made under (any when empty); each field as typed, to show again.
 *
 * @param versions the versions of the rule set, drafts included: the choices of both version fields
 */
record ImpactForm(String version, String from, String to, String decidedUnder, List<String> versions) {

    /**
     * The analysis the form asks for, and what is wrong with its fields (by field name: the kind of problem, worded
     * by the page as the decision log's filter words it).
     */
    record Parsed(Instant start, Instant end, Map<String, String> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    ImpactForm {
        version = orEmpty(version);
        from = orEmpty(from);
        to = orEmpty(to);
        decidedUnder = orEmpty(decidedUnder);
    }

    Parsed parse() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!versions.contains(version)) {
            problems.put("version", "choice");
        }
        if (!decidedUnder.isEmpty() && !versions.contains(decidedUnder)) {
            problems.put("decidedUnder", "choice");
        }
        LocalDate firstDay = date("from", from, problems);
        LocalDate lastDay = date("to", to, problems);
        if (firstDay != null && lastDay != null && lastDay.isBefore(firstDay)) {
            problems.put("to", "before-from");
        }
        return new Parsed(firstDay == null ? null : firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), problems);
    }

    private static LocalDate date(String name, String value, Map<String, String> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, "date");
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
