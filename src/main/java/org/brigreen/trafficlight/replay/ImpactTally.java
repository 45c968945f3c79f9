package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/**
 * Counts the movements of an impact analysis as the decisions stream past: counters and a few sample ids only, so
 * that a period of any length is analysed in constant memory. Not thread-safe: one tally per analysis.
 */
final class ImpactTally {

    static final int SAMPLES = 5;
    private static final int CLASSES = TrafficLight.values().length;

    private final long[][] counts = new long[CLASSES][CLASSES];
    private final List<List<List<UUID>>> samples = new ArrayList<>();
    private final long[] excludedCounts = new long[Exclusion.values().length];
    private final List<List<UUID>> excludedSamples = new ArrayList<>();
    private final Map<String, Long> byRecordedVersion = new TreeMap<>();
    private Long lastSeq;

    /** How the excluded flag moved; a decision excluded neither before nor after is not counted here. */
    private enum Exclusion { STAYED, BECAME, CEASED }

    ImpactTally() {
        for (int from = 0; from < CLASSES; from++) {
            List<List<UUID>> row = new ArrayList<>();
            for (int to = 0; to < CLASSES; to++) {
                row.add(new ArrayList<>());
            }
            samples.add(row);
        }
        for (int i = 0; i < Exclusion.values().length; i++) {
            excludedSamples.add(new ArrayList<>());
        }
    }

    /** One decision: recorded as {@code from} (excluded or not), given {@code to} by the version. */
    void add(long seq, UUID id, String recordedVersion, TrafficLight from, boolean wasExcluded, TrafficLight to,
            boolean isExcluded) {
        counts[from.ordinal()][to.ordinal()]++;
        sample(samples.get(from.ordinal()).get(to.ordinal()), id);
        Exclusion exclusion = wasExcluded && isExcluded ? Exclusion.STAYED
                : isExcluded ? Exclusion.BECAME : wasExcluded ? Exclusion.CEASED : null;
        if (exclusion != null) {
            excludedCounts[exclusion.ordinal()]++;
            sample(excludedSamples.get(exclusion.ordinal()), id);
        }
        byRecordedVersion.merge(recordedVersion, 1L, Long::sum);
        lastSeq = seq;
    }

    Impact impact(RuleSetRef ruleSet, Instant from, Instant to, String decidedUnder) {
        return new Impact(ruleSet, from, to, decidedUnder, totals(),
                new Impact.Matrix(row(TrafficLight.RED), row(TrafficLight.AMBER), row(TrafficLight.GREEN)),
                new Impact.ExcludedMovements(excluded(Exclusion.STAYED), excluded(Exclusion.BECAME),
                        excluded(Exclusion.CEASED)));
    }

    private Impact.Totals totals() {
        long decisions = 0;
        long worse = 0;
        long better = 0;
        long[] recorded = new long[CLASSES];
        long[] replayed = new long[CLASSES];
        for (int from = 0; from < CLASSES; from++) {
            for (int to = 0; to < CLASSES; to++) {
                long count = counts[from][to];
                decisions += count;
                recorded[from] += count;
                replayed[to] += count;
                // TrafficLight is declared worst first: a lower ordinal is a worse class.
                worse += to < from ? count : 0;
                better += to > from ? count : 0;
            }
        }
        return new Impact.Totals(decisions, worse + better, worse, better,
                excludedCounts[Exclusion.BECAME.ordinal()] + excludedCounts[Exclusion.CEASED.ordinal()],
                classCounts(recorded), classCounts(replayed),
                Collections.unmodifiableMap(new TreeMap<>(byRecordedVersion)), lastSeq);
    }

    private static Impact.ClassCounts classCounts(long[] perClass) {
        return new Impact.ClassCounts(perClass[TrafficLight.RED.ordinal()], perClass[TrafficLight.AMBER.ordinal()],
                perClass[TrafficLight.GREEN.ordinal()]);
    }

    private Impact.Row row(TrafficLight from) {
        return new Impact.Row(cell(from, TrafficLight.RED), cell(from, TrafficLight.AMBER),
                cell(from, TrafficLight.GREEN));
    }

    private Impact.Cell cell(TrafficLight from, TrafficLight to) {
        return new Impact.Cell(counts[from.ordinal()][to.ordinal()],
                List.copyOf(samples.get(from.ordinal()).get(to.ordinal())));
    }

    private Impact.Cell excluded(Exclusion exclusion) {
        return new Impact.Cell(excludedCounts[exclusion.ordinal()],
                List.copyOf(excludedSamples.get(exclusion.ordinal())));
    }

    private static void sample(List<UUID> ids, UUID id) {
        if (ids.size() < SAMPLES) {
            ids.add(id);
        }
    }
}
