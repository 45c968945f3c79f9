package org.brigreen.trafficlight.appeal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An appeal as its steps in the log tell it: the filing, and the ruling once there is one.
 *
 * @param steps the filing first, then the ruling if any, in sequence order
 */
public record Appeal(List<LoggedStep> steps) {

    public Appeal {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.get(0).step().kind() != AppealStepKind.FILED) {
            throw new IllegalArgumentException("an appeal starts with its filing");
        }
    }

    public UUID id() {
        return filing().appealId();
    }

    public UUID decisionId() {
        return filing().decisionId();
    }

    /** The organisation that filed it: the one that received the decision. */
    public String org() {
        return filing().by().org();
    }

    public AppealStep filing() {
        return steps.get(0).step();
    }

    public Optional<AppealStep> ruling() {
        return steps.size() > 1 ? Optional.of(steps.get(1).step()) : Optional.empty();
    }

    public AppealState state() {
        return ruling().map(ruling -> ruling.kind() == AppealStepKind.UPHELD ? AppealState.UPHELD
                : AppealState.DISMISSED).orElse(AppealState.PENDING);
    }
}
