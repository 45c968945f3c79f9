package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** Stage of the project's life cycle. */
public enum Stage {
    PLANNED,
    FINANCED_NOT_STARTED,
    UNDER_CONSTRUCTION,
    OPERATIONAL,
    EXPANSION,
    DECOMMISSIONING;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
