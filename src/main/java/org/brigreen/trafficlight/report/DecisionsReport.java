package org.brigreen.trafficlight.report;

import java.time.Instant;
import java.util.List;

/**
 * The decisions of a period by class, grouped by {@code by}; {@code totals} sums the rows. The figures count every
 * decision of the log in [from, to) (open ends when null), under the rule set and version if given.
 */
public record DecisionsReport(String by, Instant from, Instant to, String ruleSet, String version,
        List<ClassCountRow> rows, ClassCountRow totals) {
}
