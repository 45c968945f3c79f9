package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stage of the project's life cycle. */
@Schema(description = "Stage of the project's life cycle.")
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
