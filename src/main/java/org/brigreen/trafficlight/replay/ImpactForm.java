package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brigreen.trafficlight.http.QueryParameters;

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
        QueryParameters.TimeRange period = QueryParameters.days(from, to, problems);
        return new Parsed(period.from(), period.to(), problems);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
