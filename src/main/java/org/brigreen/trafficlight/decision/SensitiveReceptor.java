package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** A non-designated ecologically sensitive or fragile area near the site (OPINIONS-2022 §4, 生态敏感脆弱区). */
public enum SensitiveReceptor implements WireNamed {
    MANGROVE,
    NATURAL_FOREST,
    SPAWNING_GROUND,
    MIGRATION_ROUTE,
    DRINKING_WATER_SOURCE
}
