package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a rule speaks to: one of the three BRIGC environmental objectives, or compliance with law and process. */
public enum Objective {
    CLIMATE,
    POLLUTION,
    BIODIVERSITY,
    COMPLIANCE;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    public boolean isEnvironmental() {
        return this != COMPLIANCE;
    }
}
