package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an appeal stands: filed and waiting for a ruling, or ruled on. */
public enum AppealState {
    PENDING("pending"),
    UPHELD("upheld"),
    DISMISSED("dismissed");

    private final String wireName;

    AppealState(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
