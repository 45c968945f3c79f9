package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** Status of the environmental impact assessment. */
public enum EiaStatus {
    NOT_STARTED,
    IN_PROGRESS,
    APPROVED,
    REJECTED,
    REVOKED,
    CHALLENGED;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
