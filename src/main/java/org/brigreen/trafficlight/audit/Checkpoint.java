package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed checkpoint as the API serves it: every hash, key id and signature in lower-case hex. */
@Schema(name = "Checkpoint", description = "A signed tree head of the decision log: the RFC 9162 Merkle Tree Hash of "
        + "the entry hashes of seq 1 to treeSize, signed with the service's Ed25519 key. The signature covers the "
        + "ASCII text \"traffic-light checkpoint v2\\n\" + treeSize + \"\\n\" + rootHash + \"\\n\" + signedAt + "
        + "\"\\n\" + previousTreeSize + \"\\n\", with the values exactly as served here; a checkpoint without "
        + "previousTreeSize was signed before checkpoints were linked, over \"traffic-light checkpoint v1\\n\" + "
        + "treeSize + \"\\n\" + rootHash + \"\\n\" + signedAt + \"\\n\".")
public record Checkpoint(
        @Schema(description = "The number of records the tree covers: seq 1 to treeSize.", example = "9")
        long treeSize,

        @Schema(description = "The RFC 9162 Merkle Tree Hash of the entry hashes of seq 1 to treeSize, hex.",
                example = AuditExamples.ROOT_HASH)
        String rootHash,

        @Schema(description = "When it was signed: UTC, always six fraction digits, as in the signed message.",
                example = AuditExamples.SIGNED_AT)
        String signedAt,

        @Schema(description = "The key that signed it: SHA-256 of the public key's DER SubjectPublicKeyInfo, hex; "
                + "see GET /v1/audit/public-key.", example = AuditExamples.KEY_ID)
        String keyId,

        @Schema(description = "The Ed25519 signature (RFC 8032) of the signed message, hex.",
                example = AuditExamples.SIGNATURE)
        String signature,

        @Schema(description = "The tree size of the checkpoint signed just before this one (0 for the first), as "
                + "signed: the checkpoints form one chain, so that a checkpoint removed from it is found. Absent for "
                + "checkpoints signed before checkpoints were linked.", example = "4")
        Long previousTreeSize) {

    public static Checkpoint of(SignedCheckpoint checkpoint) {
        return new Checkpoint(checkpoint.treeSize(), HashText.encode(checkpoint.rootHash()),
                SignedCheckpoint.timestamp(checkpoint.signedAt()), HashText.encode(checkpoint.keyId()),
                HashText.encode(checkpoint.signature()), checkpoint.previousTreeSize());
    }
}
