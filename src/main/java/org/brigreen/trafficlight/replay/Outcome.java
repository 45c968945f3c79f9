package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.brigreen.trafficlight.rules.Assessment;
import org.brigreen.trafficlight.rules.Effect;
import org.brigreen.trafficlight.rules.Language;
import org.brigreen.trafficlight.rules.Objective;
import org.brigreen.trafficlight.rules.RuleSetRef;
import org.brigreen.trafficlight.rules.TrafficLight;

/** The gist of one assessment of a descriptor: the version that assessed, the class, exclusion and the reasons. */
public record Outcome(
        RuleSetRef ruleSet,

        @JsonProperty("class")
        TrafficLight trafficLight,

        boolean excluded,

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
    public record ReasonSummary(
            String ruleId,

            Objective objective,

            Effect effect,

            String message) {
    }
}
