package org.brigreen.trafficlight.audit;

import java.util.List;
import java.util.UUID;

/** RFC 9162 inclusion proof of one decision in the tree of a given size. */
public record InclusionProof(
        UUID decisionId,

        long seq,

        long leafIndex,

        long treeSize,

        String leafHash,

        String rootHash,

        List<String> auditPath,

        Checkpoint checkpoint) {
}
