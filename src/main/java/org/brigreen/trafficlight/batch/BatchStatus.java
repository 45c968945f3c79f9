package org.brigreen.trafficlight.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a batch got. */
@Schema(description = "running: still being classified; completed: every line has its result; incomplete: it "
        + "stopped early, and detail says why (a batch whose service stopped becomes incomplete when a service "
        + "starts).")
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
