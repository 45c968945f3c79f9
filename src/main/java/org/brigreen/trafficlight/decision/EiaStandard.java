package org.brigreen.trafficlight.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import org.brigreen.trafficlight.rules.WireNames;

/** Standard the EIA was carried out to: host country, international (IFC PS, EP, World Bank ESF) or stricter Chinese standards. */
public enum EiaStandard {
    HOST_COUNTRY,
    INTERNATIONAL,
    CHINESE_STRICTER;

    /** The name in JSON and in rule conditions: lower snake case. */
    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }
}
