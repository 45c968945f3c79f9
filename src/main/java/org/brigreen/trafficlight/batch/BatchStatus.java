package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a batch got. */
public enum BatchStatus {
    RUNNING,
    COMPLETED,
    INCOMPLETE;

    /** The name in JSON and in the database: lower case. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BatchStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
