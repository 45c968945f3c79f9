package org.brigreen.trafficlight.replay;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rule-set version would change across the decisions of a period: each decision's recorded class against the
 * class the version gives its descriptor, counted, with a few decision ids per movement to look at.
 */
@Schema(description = "The decisions of a period re-run under one rule-set version: how many move from each class "
        + "to each class, into and out of exclusion, with up to " + ImpactTally.SAMPLES + " sample decision ids per "
        + "movement. Nothing is recorded.")
public record Impact(
        @Schema(description = "The version the decisions were re-run under.")
        RuleSetRef ruleSet,

        @Schema(description = "Decided at or after this instant (inclusive); absent: from the start of the log.",
                example = "2026-01-01T00:00:00Z")
        Instant from,

        @Schema(description = "Decided before this instant (exclusive); absent: up to the moment the analysis began.",
                example = "2027-01-01T00:00:00Z")
        Instant to,

        @Schema(description = "Only decisions made under this version of the rule set were re-run; absent: under any "
                + "version of it.", example = "2021.2")
        String decidedUnder,

        @Schema(description = "Counts over all the decisions re-run.")
        Totals totals,

        @Schema(description = "The movements between classes: one row per recorded class, one column per class "
                + "under the version; every decision is in exactly one cell.")
        Matrix classes,

        @Schema(description = "The movements into and out of exclusion from financing.")
        ExcludedMovements excluded) {

    @Schema(name = "ImpactTotals", description = "Counts over all the decisions re-run.")
    public record Totals(
            @Schema(description = "Decisions re-run.", example = "24")
            long decisions,

            @Schema(description = "Decisions whose class would move.", example = "12")
            long classMoved,

            @Schema(description = "Decisions whose class would be worse (green to amber or red, amber to red).",
                    example = "12")
            long worse,

            @Schema(description = "Decisions whose class would be better.", example = "0")
            long better,

            @Schema(description = "Decisions whose excluded flag would change.", example = "0")
            long excludedChanged,

            @Schema(description = "The recorded classes.")
            ClassCounts recorded,

            @Schema(description = "The classes under the version.")
            ClassCounts replayed,

            @Schema(description = "Decisions re-run, by the rule-set version that made them.",
                    example = "{\"2021.2\": 24}")
            Map<String, Long> byRecordedVersion,

            @Schema(description = "Log sequence number of the last decision re-run: the analysis covers the log up "
                    + "to there. Absent when no decision was re-run.", example = "1207")
            Long lastSeq) {
    }

    @Schema(name = "ImpactClassCounts", description = "Decisions per class.")
    public record ClassCounts(
            @Schema(description = "Red.", example = "5") long red,
            @Schema(description = "Amber.", example = "0") long amber,
            @Schema(description = "Green.", example = "19") long green) {
    }

    @Schema(name = "ImpactMatrix", description = "Rows: the recorded class; columns: the class under the version.")
    public record Matrix(
            @Schema(description = "Decisions recorded red.") Row red,
            @Schema(description = "Decisions recorded amber.") Row amber,
            @Schema(description = "Decisions recorded green.") Row green) {
    }

    @Schema(name = "ImpactRow", description = "Decisions of one recorded class, by their class under the version.")
    public record Row(
            @Schema(description = "Now red.") Cell red,
            @Schema(description = "Now amber.") Cell amber,
            @Schema(description = "Now green.") Cell green) {
    }

    @Schema(name = "ImpactCell", description = "The decisions of one movement.")
    public record Cell(
            @Schema(description = "How many decisions.", example = "12")
            long count,

            @Schema(description = "The ids of the first decisions of this movement, in log order, at most "
                    + ImpactTally.SAMPLES + "; empty when there are none.",
                    example = "[\"019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13\"]")
            List<UUID> sampleIds) {
    }

    @Schema(name = "ImpactExcluded", description = "Movements into and out of exclusion from financing.")
    public record ExcludedMovements(
            @Schema(description = "Excluded as recorded and under the version.") Cell stayed,
            @Schema(description = "Not excluded as recorded, excluded under the version.") Cell became,
            @Schema(description = "Excluded as recorded, not excluded under the version.") Cell ceased) {
    }
}
