package org.brigreen.trafficlight.rules;

/** What a rule speaks to: one of the three BRIGC environmental objectives, or compliance with law and process. */
public enum Objective implements WireNamed {
    CLIMATE,
    POLLUTION,
    BIODIVERSITY,
    COMPLIANCE;

    public boolean isEnvironmental() {
        return this != COMPLIANCE;
    }
}
