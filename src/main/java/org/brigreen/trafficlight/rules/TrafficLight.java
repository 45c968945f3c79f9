package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonValue;

/** The class of a project, from worst to best. */
public enum TrafficLight {
    RED,
    AMBER,
    GREEN;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    /** One step better, as an uplift gives; green stays green. */
    public TrafficLight oneStepBetter() {
        return this == RED ? AMBER : GREEN;
    }

    /** This class, or {@code limit} if that is worse: what both a cap and a floor apply. */
    public TrafficLight noBetterThan(TrafficLight limit) {
        return ordinal() > limit.ordinal() ? limit : this;
    }
}
