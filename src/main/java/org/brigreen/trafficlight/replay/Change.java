package org.brigreen.trafficlight.replay;

import java.util.List;
import org.brigreen.trafficlight.rules.TrafficLight;

/** How a replayed outcome differs from the recorded one, in the terms a lender reads: class, exclusion, rules. */
public record Change(
        boolean classMoved,

        String movement,

        boolean excludedChanged,

        List<String> addedRuleIds,

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
