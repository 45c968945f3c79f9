package org.brigreen.trafficlight.audit;

import java.util.List;

/** RFC 9162 consistency proof between two tree sizes. */
public record ConsistencyProof(
        long fromTreeSize,

        long toTreeSize,

        String fromRootHash,

        String toRootHash,

        List<String> consistencyPath,

        Checkpoint fromCheckpoint,

        Checkpoint toCheckpoint) {
}
