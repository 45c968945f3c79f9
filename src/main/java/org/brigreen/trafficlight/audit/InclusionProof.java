package org.brigreen.trafficlight.audit;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9162 inclusion proof of one decision in the tree of a given size. */
@Schema(name = "InclusionProof", description = "The RFC 9162 inclusion proof (§2.1.3) of a decision's record in the "
        + "Merkle tree of the log's first treeSize records, and the signed checkpoint of that size if there is one. "
        + "Verify it with the algorithm of RFC 9162 §2.1.3.2 against the checkpoint's rootHash. Hashes are lower-case "
        + "hex.")
public record InclusionProof(
        @Schema(description = "The decision.", example = "01a1fcf0-1cc1-7d6b-9219-f8f6bebf1801")
        UUID decisionId,

        @Schema(description = "The decision's sequence number in the log.", example = "3")
        long seq,

        @Schema(description = "Its leaf index in the tree: seq - 1.", example = "2")
        long leafIndex,

        @Schema(description = "The size of the tree the proof is for.", example = "9")
        long treeSize,

        @Schema(description = "The leaf hash: the record's entry hash, SHA-256(0x00 || record), hex.",
                example = AuditExamples.LEAF_HASH)
        String leafHash,

        @Schema(description = "The root of the tree of treeSize records as the service computes it, hex; trust "
                + "the signed checkpoint's rootHash instead.", example = AuditExamples.ROOT_HASH)
        String rootHash,

        @Schema(description = "The audit path PATH(leafIndex, D[treeSize]), from the leaf's sibling upwards, hex.",
                example = "[\"" + AuditExamples.PATH_HASH + "\"]")
        List<String> auditPath,

        @Schema(description = "The signed checkpoint of treeSize; absent if none was signed at that size.")
        Checkpoint checkpoint) {
}
