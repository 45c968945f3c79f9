package org.brigreen.trafficlight.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rule speaks to: one of the three BRIGC environmental objectives, or compliance with law and process. */
@Schema(description = "The environmental objective a rule speaks to (climate, pollution, biodiversity), or compliance "
        + "with law and process, which acts as a constraint.")
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
