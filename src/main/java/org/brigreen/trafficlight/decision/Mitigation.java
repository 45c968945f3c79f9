package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** A recognised mitigation measure in place or committed. */
public enum Mitigation implements WireNamed {
    CCUS,
    HIGH_EFFICIENCY_FLUE_GAS_TREATMENT,
    HYDRO_SUSTAINABILITY_STANDARD,
    WILDLIFE_CROSSINGS,
    BIODIVERSITY_OFFSET,
    CERTIFIED_ESMS,
    SUSTAINABLE_BIOMASS_SOURCING,
    ZERO_DISCHARGE_WATER
}
