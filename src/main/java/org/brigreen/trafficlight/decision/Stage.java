package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** Stage of the project's life cycle. */
public enum Stage implements WireNamed {
    PLANNED,
    FINANCED_NOT_STARTED,
    UNDER_CONSTRUCTION,
    OPERATIONAL,
    EXPANSION,
    DECOMMISSIONING
}
