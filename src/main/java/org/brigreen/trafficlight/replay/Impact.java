package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.rules.RuleSetRef;

/**
 * What a rule-set version would change across the decisions of a period: each decision's recorded class against the
 * class the version gives its descriptor, counted, with a few decision ids per movement to look at.
 */
public record Impact(
        RuleSetRef ruleSet,

        Instant from,

        Instant to,

        String decidedUnder,

        Totals totals,

        Matrix classes,

        ExcludedMovements excluded) {

    public record Totals(
            long decisions,

            long classMoved,

            long worse,

            long better,

            long excludedChanged,

            ClassCounts recorded,

            ClassCounts replayed,

            Map<String, Long> byRecordedVersion,

            Long lastSeq) {
    }

    public record ClassCounts(
            long red,
            long amber,
            long green) {
    }

    public record Matrix(
            Row red,
            Row amber,
            Row green) {
    }

    public record Row(
            Cell red,
            Cell amber,
            Cell green) {
    }

    public record Cell(
            long count,

            List<UUID> sampleIds) {
    }

    public record ExcludedMovements(
            Cell stayed,
            Cell became,
            Cell ceased) {
    }
}
