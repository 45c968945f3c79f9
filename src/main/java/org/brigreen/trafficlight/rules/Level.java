package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonValue;

/** The level of a finding on one objective: a degree of harm, or a positive contribution. */
public enum Level {
    SIGNIFICANT,
    MODERATE,
    LOW,
    POSITIVE;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    public boolean isHarm() {
        return this != POSITIVE;
    }
}
