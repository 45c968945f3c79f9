package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** UNESCO World Heritage status of the site. */
public enum WorldHeritage {
    NONE,
    NATURAL,
    MIXED,
    CULTURAL;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
