package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Protected-area status of the site (IUCN management categories). */
public enum ProtectedArea {
    NONE,
    IUCN_IA_II,
    IUCN_III_VI,
    DESIGNATED_NO_CATEGORY;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
