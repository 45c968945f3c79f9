package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Status of the environmental impact assessment. */
@Schema(description = "Status of the environmental impact assessment.")
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
