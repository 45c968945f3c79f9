package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One place where the replayed decision record differs from the recorded one. A side is absent where that record
 * has nothing at the pointer.
 */
@Schema(name = "ReplayDifference", description = "One place where the replayed decision record differs from the "
        + "recorded one.")
public record Difference(
        @Schema(description = "JSON pointer (RFC 6901) into the decision's canonical record.",
                example = "/assessment/trafficLight")
        String pointer,

        @Schema(description = "The recorded value; absent where the recorded record has none.", example = "red")
        JsonNode recorded,

        @Schema(description = "The replayed value; absent where the replayed record has none.", example = "green")
        JsonNode replayed) {
}
