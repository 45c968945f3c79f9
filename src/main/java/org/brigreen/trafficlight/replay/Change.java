package org.brigreen.trafficlight.replay;

import java.util.List;
import org.brigreen.trafficlight.rules.TrafficLight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a replayed outcome differs from the recorded one, in the terms a lender reads: class, exclusion, rules. */
@Schema(name = "ReplayChange", description = "What moved from the recorded outcome to the replayed one.")
public record Change(
        @Schema(description = "The class moved.", example = "true")
        boolean classMoved,

        @Schema(description = "The recorded class and the replayed one, as 'from → to'.", example = "amber → green")
        String movement,

        @Schema(description = "The excluded flag changed.", example = "false")
        boolean excludedChanged,

        @Schema(description = "Rules that match in the replay but are not among the recorded reasons, in rule-set "
                + "order.", example = "[]")
        List<String> addedRuleIds,

        @Schema(description = "Rules among the recorded reasons that do not match in the replay, in recorded order.",
                example = "[\"site.conflict-affected\"]")
        List<String> removedRuleIds) {

    static Change between(Outcome recorded, Outcome replayed) {
        List<String> before = recorded.ruleIds();
        List<String> after = replayed.ruleIds();
        return new Change(
                recorded.trafficLight() != replayed.trafficLight(),
                movement(recorded.trafficLight(), replayed.trafficLight()),
                recorded.excluded() != replayed.excluded(),
                after.stream().filter(id -> !before.contains(id)).toList(),
                before.stream().filter(id -> !after.contains(id)).toList());
    }

    static String movement(TrafficLight from, TrafficLight to) {
        return from.wireName() + " → " + to.wireName();
    }
}
