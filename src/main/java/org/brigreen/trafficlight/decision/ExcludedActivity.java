package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** An activity on the IFC Exclusion List / BRIGC negative list. */
public enum ExcludedActivity implements WireNamed {
    ILLEGAL_UNDER_HOST_LAW,
    CITES_TRADE,
    WEAPONS_MUNITIONS,
    RADIOACTIVE_MATERIALS,
    UNBONDED_ASBESTOS,
    DRIFT_NET_FISHING,
    PRIMARY_TROPICAL_FOREST_LOGGING,
    FORCED_OR_CHILD_LABOUR
}
