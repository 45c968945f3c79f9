package org.brigreen.trafficlight.audit;

import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/** A signed checkpoint as the API serves it: every hash, key id and signature in lower-case hex. */
public record Checkpoint(
        long treeSize,

        String rootHash,

        String signedAt,

        String keyId,

        String signature,

        Long previousTreeSize) {

    public static Checkpoint of(SignedCheckpoint checkpoint) {
        return new Checkpoint(checkpoint.treeSize(), HashText.encode(checkpoint.rootHash()),
                SignedCheckpoint.timestamp(checkpoint.signedAt()), HashText.encode(checkpoint.keyId()),
                HashText.encode(checkpoint.signature()), checkpoint.previousTreeSize());
    }
}
