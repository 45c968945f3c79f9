package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** IFC Performance Standard 6 critical-habitat determination. */
public enum CriticalHabitat {
    YES,
    NO,
    UNKNOWN;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
