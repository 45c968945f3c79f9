package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** Status of the environmental impact assessment. */
public enum EiaStatus implements WireNamed {
    NOT_STARTED,
    IN_PROGRESS,
    APPROVED,
    REJECTED,
    REVOKED,
    CHALLENGED
}
