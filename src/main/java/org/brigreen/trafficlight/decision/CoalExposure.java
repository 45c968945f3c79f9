package org.brigreen.trafficlight.decision;

import org.brigreen.trafficlight.rules.WireNamed;

/** How the project depends on coal: none, coal-fired generation, coal units inside an industrial park or plant, coal mining, or rail, port or conveyor mainly for coal. */
public enum CoalExposure implements WireNamed {
    NONE,
    PRIMARY_FUEL,
    CAPTIVE_POWER,
    MINING,
    TRANSPORT
}
