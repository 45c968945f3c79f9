package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** An activity on the IFC Exclusion List / BRIGC negative list. */
public enum ExcludedActivity {
    ILLEGAL_UNDER_HOST_LAW,
    CITES_TRADE,
    WEAPONS_MUNITIONS,
    RADIOACTIVE_MATERIALS,
    UNBONDED_ASBESTOS,
    DRIFT_NET_FISHING,
    PRIMARY_TROPICAL_FOREST_LOGGING,
    FORCED_OR_CHILD_LABOUR;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
