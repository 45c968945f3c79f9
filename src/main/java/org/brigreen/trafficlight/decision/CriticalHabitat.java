package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** IFC Performance Standard 6 critical-habitat determination. */
public enum CriticalHabitat {
    YES,
    NO,
    UNKNOWN;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
