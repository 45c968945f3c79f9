package org.brigreen.trafficlight.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.brigreen.trafficlight.http.FieldError;
import org.brigreen.trafficlight.http.InvalidRequestException;
import org.brigreen.trafficlight.http.Problems;

/**
 * Inclusion and consistency proofs over the stored log. A proof streams the entry hashes of the tree once, in order,
 * hashing only the subtrees the proof consists of: O(n) reading, O(log n) memory. A proof for a tree size that has a
 * signed checkpoint is checked against it before it is served.
 */
@ApplicationScoped
public class ProofService {

    private final AuditStore store;

    public ProofService(AuditStore store) {
        this.store = store;
    }

    /**
     * The inclusion proof of a decision.
     *
     * @param treeSize the tree size; by default the latest checkpoint's, or the log's size when the decision is newer
     *     than the latest checkpoint
     */
    public InclusionProof inclusion(UUID decisionId, OptionalLong treeSize) {
        return store.read(connection -> {
            long seq = AuditStore.seqOf(connection, decisionId)
                    .orElseThrow(() -> new Problems.NotFound("There is no decision " + decisionId + "."));
            long logSize = AuditStore.logSize(connection);
            long size = treeSize.isPresent() ? requestedTreeSize(treeSize.getAsLong(), seq, logSize)
                    : defaultTreeSize(connection, seq, logSize);
            long leafIndex = seq - 1;
            Scan scan = scan(connection, size, MerkleTree.inclusionRanges(leafIndex, size), leafIndex, size);
            Optional<SignedCheckpoint> checkpoint = checkedCheckpoint(connection, size, scan.root());
            return new InclusionProof(decisionId, seq, leafIndex, size, HashText.encode(scan.leafHash()),
                    HashText.encode(scan.root()), encode(scan.proof()), checkpoint.map(Checkpoint::of).orElse(null));
        });
    }

    /**
     * The consistency proof between two tree sizes.
     *
     * @param to by default the latest checkpoint's tree size, or the log's size when there is no checkpoint
     */
    public ConsistencyProof consistency(long from, OptionalLong to) {
        return store.read(connection -> {
            long logSize = AuditStore.logSize(connection);
            long second = to.isPresent() ? to.getAsLong() : AuditStore.latestCheckpoint(connection)
                    .map(SignedCheckpoint::treeSize).orElse(logSize);
            requireSizes(from, second, logSize, to.isPresent());
            Scan scan = scan(connection, second, MerkleTree.consistencyRanges(from, second), -1, from);
            Optional<SignedCheckpoint> fromCheckpoint = checkedCheckpoint(connection, from, scan.prefixRoot());
            Optional<SignedCheckpoint> toCheckpoint = checkedCheckpoint(connection, second, scan.root());
            return new ConsistencyProof(from, second, HashText.encode(scan.prefixRoot()),
                    HashText.encode(scan.root()), encode(scan.proof()),
                    fromCheckpoint.map(Checkpoint::of).orElse(null), toCheckpoint.map(Checkpoint::of).orElse(null));
        });
    }

    private static long requestedTreeSize(long treeSize, long seq, long logSize) {
        if (treeSize > logSize) {
            throw invalid("treeSize", "must not exceed the log's size, " + logSize);
        }
        if (treeSize < seq) {
            throw invalid("treeSize", "must be at least " + seq + ": the decision is seq " + seq
                    + ", so it is only in trees of that size or larger");
        }
        return treeSize;
    }

    /** The latest checkpoint's size if it covers the decision: a proof a regulator can check against a signature. */
    private static long defaultTreeSize(Connection connection, long seq, long logSize) throws SQLException {
        return AuditStore.latestCheckpoint(connection).map(SignedCheckpoint::treeSize)
                .filter(size -> size >= seq).orElse(logSize);
    }

    private static void requireSizes(long from, long to, long logSize, boolean toGiven) {
        if (to > logSize) {
            throw invalid("to", "must not exceed the log's size, " + logSize);
        }
        if (from > to) {
            throw invalid("from", "must not exceed " + (toGiven ? "to, " + to : to + ", the default to (the latest "
                    + "checkpoint's tree size, or the log's size before the first checkpoint)"));
        }
    }

    private static InvalidRequestException invalid(String parameter, String reason) {
        return new InvalidRequestException("The query parameter " + parameter + " is invalid.",
                List.of(new FieldError(parameter, reason)));
    }

    /** What one pass over the first {@code size} entry hashes yields. */
    private record Scan(List<byte[]> proof, byte[] root, byte[] prefixRoot, byte[] leafHash) {
    }

    private static Scan scan(Connection connection, long size, List<MerkleTree.Range> ranges, long leafIndex,
            long prefixSize) throws SQLException {
        MerkleTree.RangeHasher hasher = new MerkleTree.RangeHasher(ranges);
        CompactRange tree = new CompactRange();
        byte[][] found = new byte[2][];
        AuditStore.leaves(connection, 1, size, (seq, entryHash, chainHash) -> {
            if (seq != tree.size() + 1) {
                throw missing(tree.size() + 1);
            }
            hasher.accept(seq - 1, entryHash);
            tree.append(entryHash);
            if (seq - 1 == leafIndex) {
                found[0] = entryHash;
            }
            if (tree.size() == prefixSize) {
                found[1] = tree.root();
            }
            return true;
        });
        if (tree.size() != size) {
            throw missing(tree.size() + 1);
        }
        return new Scan(hasher.hashes(), tree.root(), found[1], found[0]);
    }

    private static LogDamagedException missing(long seq) {
        return new LogDamagedException(new LogVerifier.Failure(seq, LogVerifier.Reason.MISSING_SEQUENCE_NUMBER,
                "seq " + seq + " is missing."));
    }

    /** The checkpoint of a size, if any, which must have the root the stored entry hashes give. */
    private static Optional<SignedCheckpoint> checkedCheckpoint(Connection connection, long treeSize, byte[] root)
            throws SQLException {
        Optional<SignedCheckpoint> checkpoint = AuditStore.checkpointAt(connection, treeSize);
        if (checkpoint.isPresent() && !MessageDigest.isEqual(checkpoint.get().rootHash(), root)) {
            throw new LogDamagedException(new LogVerifier.Failure(treeSize,
                    LogVerifier.Reason.CHECKPOINT_ROOT_MISMATCH, "the stored entry hashes of seq 1 to " + treeSize
                            + " do not have the root that the checkpoint of that size signed."));
        }
        return checkpoint;
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(HashText::encode).toList();
    }
}
