package org.brigreen.trafficlight.rules;

/** The level of a finding on one objective: a degree of harm, or a positive contribution. */
public enum Level implements WireNamed {
    SIGNIFICANT,
    MODERATE,
    LOW,
    POSITIVE;

    public boolean isHarm() {
        return this != POSITIVE;
    }
}
