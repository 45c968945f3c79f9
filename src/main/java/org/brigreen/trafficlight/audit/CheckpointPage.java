package org.brigreen.trafficlight.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of checkpoints, ascending by tree size. */
@Schema(name = "CheckpointPage", description = "Checkpoints by ascending tree size, at most limit of them.")
public record CheckpointPage(
        @Schema(description = "The checkpoints of this page, by ascending tree size.")
        List<Checkpoint> checkpoints,

        @Schema(description = "The from of the next page; absent on the last page.", example = "10")
        Long nextFrom) {
}
