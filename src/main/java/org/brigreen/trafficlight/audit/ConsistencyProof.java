package org.brigreen.trafficlight.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9162 consistency proof between two tree sizes. */
@Schema(name = "ConsistencyProof", description = "The RFC 9162 consistency proof (§2.1.4) that the tree of the first "
        + "fromTreeSize records is a prefix of the tree of the first toTreeSize records, with the signed checkpoints "
        + "of both sizes where there are. Verify it with the algorithm of RFC 9162 §2.1.4.2. Hashes are lower-case "
        + "hex.")
public record ConsistencyProof(
        @Schema(description = "The size of the earlier tree.", example = "9")
        long fromTreeSize,

        @Schema(description = "The size of the later tree.", example = "12")
        long toTreeSize,

        @Schema(description = "The earlier tree's root as the service computes it, hex.",
                example = AuditExamples.ROOT_HASH)
        String fromRootHash,

        @Schema(description = "The later tree's root as the service computes it, hex.",
                example = AuditExamples.LATER_ROOT_HASH)
        String toRootHash,

        @Schema(description = "PROOF(fromTreeSize, D[toTreeSize]), hex; empty when the sizes are equal.",
                example = "[\"" + AuditExamples.PATH_HASH + "\"]")
        List<String> consistencyPath,

        @Schema(description = "The signed checkpoint of fromTreeSize; absent if none was signed at that size.")
        Checkpoint fromCheckpoint,

        @Schema(description = "The signed checkpoint of toTreeSize; absent if none was signed at that size.")
        Checkpoint toCheckpoint) {
}
