package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** Protected-area status of the site (IUCN management categories). */
public enum ProtectedArea {
    NONE,
    IUCN_IA_II,
    IUCN_III_VI,
    DESIGNATED_NO_CATEGORY;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
