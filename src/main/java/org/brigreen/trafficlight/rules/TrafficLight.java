package org.brigreen.trafficlight.rules;

/** The class of a project, from worst to best. */
public enum TrafficLight implements WireNamed {
    RED,
    AMBER,
    GREEN;

    /** One step better, as an uplift gives; green stays green. */
    public TrafficLight oneStepBetter() {
        return this == RED ? AMBER : GREEN;
    }

    /** This class, or {@code limit} if that is worse: what both a cap and a floor apply. */
    public TrafficLight noBetterThan(TrafficLight limit) {
        return ordinal() > limit.ordinal() ? limit : this;
    }
}
