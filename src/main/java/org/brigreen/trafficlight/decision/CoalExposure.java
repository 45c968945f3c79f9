package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** How the project depends on coal: none, coal-fired generation, coal units inside an industrial park or plant, coal mining, or rail, port or conveyor mainly for coal. */
public enum CoalExposure {
    NONE,
    PRIMARY_FUEL,
    CAPTIVE_POWER,
    MINING,
    TRANSPORT;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
