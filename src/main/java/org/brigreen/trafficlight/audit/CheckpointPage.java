package org.brigreen.trafficlight.audit;

import java.util.List;

/** One page of checkpoints, ascending by tree size. */
public record CheckpointPage(
        List<Checkpoint> checkpoints,

        Long nextFrom) {
}
