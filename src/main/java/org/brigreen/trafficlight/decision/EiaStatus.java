package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/**
 * Status of the environmental impact assessment: {@code challenged} is approved and contested before a court, tribunal
 * or administrative review; {@code suspended} is an approval a court or authority has stayed or quashed.
 */
public enum EiaStatus implements WireNamed {
    NOT_STARTED,
    IN_PROGRESS,
    APPROVED,
    REJECTED,
    REVOKED,
    CHALLENGED,
    SUSPENDED
}
