package org.brigreen.trafficlight.appeal;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a step of an appeal did, as its record names it in its top-level {@code kind}. */
public enum AppealStepKind {
    FILED("appeal_filed"),
    UPHELD("appeal_upheld"),
    DISMISSED("appeal_dismissed");

    private final String wireName;

    AppealStepKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
