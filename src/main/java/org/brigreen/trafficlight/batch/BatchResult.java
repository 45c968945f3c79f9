package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.brigreen.trafficlight.decision.Decision;
import org.brigreen.trafficlight.decision.RecordedDecision;
import org.brigreen.trafficlight.http.Problem;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a batch's answer: the recorded decision in brief, or the problem that kept the line from one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchResult", description = "The result of one line of the batch: its recorded decision in brief "
        + "(GET /v1/decisions/{decisionId} gives it in full), or the problem that kept the line from one.")
public record BatchResult(
        @Schema(description = "The line of the body (a CSV header is line 1).", example = "2")
        int line,

        @Schema(description = "Id of the recorded decision (UUIDv7).", example = "019a8f3e-7c41-7d2a-9b1e-4f6a2c8d0e13")
        UUID decisionId,

        @Schema(description = "The caller's reference, as sent.", example = "LN-2026-0042")
        String reference,

        @JsonProperty("class")
        @Schema(description = "The class: red, amber or green.", example = "amber")
        TrafficLight trafficLight,

        @Schema(description = "Not eligible for financing at all.", example = "false")
        Boolean excluded,

        @Schema(description = "The ids of the rules that matched, in rule-set order.",
                example = "[\"eia.not-yet-approved\", \"energy.clean-energy-contribution\"]")
        List<String> reasons,

        @Schema(description = "Facts that rules needed but the descriptor lacks.", example = "[\"eia.status\"]")
        List<String> missingFacts,

        @Schema(description = "The missing facts held the class at amber at best.", example = "true")
        Boolean cappedByMissingFacts,

        @Schema(description = "Why the line has no decision.")
        Problem problem) {

    static BatchResult of(int line, RecordedDecision recorded) {
        Decision decision = recorded.decision();
        Assessment assessment = decision.assessment();
        return new BatchResult(line, decision.id(), decision.descriptor().reference(), assessment.trafficLight(),
                assessment.excluded(), assessment.reasons().stream().map(Assessment.Reason::ruleId).toList(),
                assessment.missingFacts().stream().map(Assessment.MissingFact::fact).toList(),
                assessment.missingFactsCapped(), null);
    }

    static BatchResult refused(int line, Problem problem) {
        return new BatchResult(line, null, null, null, null, null, null, null, problem);
    }
}
