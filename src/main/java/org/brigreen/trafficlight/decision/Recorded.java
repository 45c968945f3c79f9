package org.brigreen.trafficlight.decision;

import java.util.Set;
import java.util.UUID;

/**
 * What became of decisions appended to the {@link DecisionLog} together: every one of them is recorded, except those
 * whose records the log refused for what they hold ({@link RecordRefusedException}).
 *
 * @param refused the ids of the decisions not recorded
 */
public record Recorded(Set<UUID> refused) {

    public Recorded {
        refused = Set.copyOf(refused);
    }

    public boolean isRecorded(Decision decision) {
        return !refused.contains(decision.id());
    }
}
