package org.brigreen.trafficlight.decision;

import java.util.Objects;

/**
 * A decision whose record the {@link DecisionLog} has committed: the only form in which a decision may be answered.
 * Only a log makes one ({@link DecisionLog#recorded}), so that an answer cannot be built from a decision nobody
 * recorded.
 */
public final class RecordedDecision {

    private final Decision decision;

    RecordedDecision(Decision decision) {
        this.decision = Objects.requireNonNull(decision);
    }

    /** The decision, as recorded. */
    public Decision decision() {
        return decision;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedDecision recorded && decision.equals(recorded.decision);
    }

    @Override
    public int hashCode() {
        return decision.hashCode();
    }

    @Override
    public String toString() {
        return "RecordedDecision" + decision;
    }
}
