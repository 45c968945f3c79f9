package org.brigreen.trafficlight.batch;

import java.time.Instant;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Caller;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a batch; the counts of decisions are read from the decision log itself. */
@Schema(name = "BatchSummary", description = "What became of a batch: its decisions counted in the decision log, and "
        + "the lines that were refused.")
public record BatchSummary(
        @Schema(description = "Id of the batch (UUIDv7).", example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
        UUID batchId,

        @Schema(description = "Who sent the batch.")
        Caller caller,

        @Schema(description = "The rule-set version every line was classified under.")
        RuleSetRef ruleSet,

        @Schema(description = "When the batch was received.", example = "2026-11-21T08:15:30.123456Z")
        Instant receivedAt,

        @Schema(description = "When the last line was answered; absent while running.",
                example = "2026-11-21T08:15:37.654321Z")
        Instant finishedAt,

        @Schema(description = "How far the batch got.", example = "completed")
        BatchStatus status,

        @Schema(description = "Why an incomplete batch stopped.",
                example = "The decision log could not record the decisions from line 5001 on.")
        String detail,

        @Schema(description = "Descriptors the batch held.", example = "100000")
        int lines,

        @Schema(description = "Decisions recorded in the log for the batch.", example = "99998")
        long decided,

        @Schema(description = "Recorded decisions per class.")
        ClassCounts classes,

        @Schema(description = "Recorded decisions that found the project excluded from financing.", example = "812")
        long excluded,

        @Schema(description = "Lines refused with a problem; absent while running.", example = "2")
        Integer errors) {

    /** Recorded decisions per class. */
    @Schema(description = "Recorded decisions per class.")
    public record ClassCounts(
            @Schema(description = "Red decisions.", example = "1204") long red,
            @Schema(description = "Amber decisions.", example = "40512") long amber,
            @Schema(description = "Green decisions.", example = "58282") long green) {
    }
}
