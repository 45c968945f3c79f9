package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a replay checks: that the recorded decision is reproduced, or what another version would conclude. */
public enum ReplayMode {
    REPRODUCTION,
    COMPARISON;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
