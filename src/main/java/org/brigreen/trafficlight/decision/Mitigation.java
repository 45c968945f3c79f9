package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** A recognised mitigation measure in place or committed. */
public enum Mitigation {
    CCUS,
    HIGH_EFFICIENCY_FLUE_GAS_TREATMENT,
    HYDRO_SUSTAINABILITY_STANDARD,
    WILDLIFE_CROSSINGS,
    BIODIVERSITY_OFFSET,
    CERTIFIED_ESMS,
    SUSTAINABLE_BIOMASS_SOURCING,
    ZERO_DISCHARGE_WATER;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
