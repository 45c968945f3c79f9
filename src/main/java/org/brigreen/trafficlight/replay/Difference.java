package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One place where the replayed decision record differs from the recorded one. A side is absent where that record
 * has nothing at the pointer.
 */
public record Difference(
        String pointer,

        JsonNode recorded,

        JsonNode replayed) {
}
