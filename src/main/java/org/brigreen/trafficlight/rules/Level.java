package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The level of a finding on one objective: a degree of harm, or a positive contribution. */
public enum Level {
    SIGNIFICANT,
    MODERATE,
    LOW,
    POSITIVE;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isHarm() {
        return this != POSITIVE;
    }
}
