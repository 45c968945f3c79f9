package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Effect;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.Objective;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gist of one assessment of a descriptor: the version that assessed, the class, exclusion and the reasons. */
@Schema(name = "ReplayOutcome", description = "One assessment of the decision's descriptor: the rule-set version, "
        + "the class, the excluded flag and every rule that matched.")
public record Outcome(
        @Schema(description = "The rule-set version that assessed.")
        RuleSetRef ruleSet,

        @JsonProperty("class")
        @Schema(description = "The class: red, amber or green.", example = "amber")
        TrafficLight trafficLight,

        @Schema(description = "Not eligible for financing at all.", example = "false")
        boolean excluded,

        @Schema(description = "Every rule that matched, in rule-set order, its message in the language asked for.",
                example = ReplayExamples.REASONS)
        List<ReasonSummary> reasons) {

    static Outcome of(RuleSetRef ruleSet, Assessment assessment, Language language) {
        return new Outcome(ruleSet, assessment.trafficLight(), assessment.excluded(), assessment.reasons().stream()
                .map(reason -> new ReasonSummary(reason.ruleId(), reason.objective(), reason.effect(),
                        reason.message().in(language)))
                .toList());
    }

    List<String> ruleIds() {
        return reasons.stream().map(ReasonSummary::ruleId).toList();
    }

    /** A rule that matched, in short: the full reason, with citation and facts, is in the recorded decision. */
    @Schema(description = "A rule that matched.")
    public record ReasonSummary(
            @Schema(description = "Id of the rule.", example = "site.conflict-affected")
            String ruleId,

            @Schema(description = "The objective the rule speaks to.", example = "compliance")
            Objective objective,

            @Schema(description = "What the rule does in the decision order.")
            Effect effect,

            @Schema(description = "Why the rule matched.",
                    example = "The project lies in a conflict-affected or high-risk area.")
            String message) {
    }
}
