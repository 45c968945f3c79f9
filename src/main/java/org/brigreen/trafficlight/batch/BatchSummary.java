package org.brigreen.trafficlight.batch;

import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.rules.RuleSetRef;

/** What became of a batch; the counts of decisions are read from the decision log itself. */
public record BatchSummary(
        UUID batchId,

        Caller caller,

        RuleSetRef ruleSet,

        Instant receivedAt,

        Instant finishedAt,

        BatchStatus status,

        String detail,

        int lines,

        long decided,

        ClassCounts classes,

        long excluded,

        Integer errors) {

    /** Recorded decisions per class. */
    public record ClassCounts(
            long red,
            long amber,
            long green) {
    }
}
