package org.brigreen.trafficlight.decision;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of decisions appended to the {@link DecisionLog} together: every one of them is recorded, except those
 * whose records the log refused for what they hold ({@link RecordRefusedException}).
 */
public final class Recorded {

    private final Map<UUID, RecordedDecision> recorded;

    Recorded(Map<UUID, RecordedDecision> recorded) {
        this.recorded = Map.copyOf(recorded);
    }

    /** The decision as recorded; empty when the log refused its record. */
    public Optional<RecordedDecision> of(Decision decision) {
        return Optional.ofNullable(recorded.get(decision.id()));
    }
}
