package org.brigreen.trafficlight.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.brigreen.trafficlight.http.QueryParameters;
import org.brigreen.trafficlight.input.FieldError;
import org.brigreen.trafficlight.input.InvalidRequestException;
import org.brigreen.trafficlight.input.NotFoundException;
import org.brigreen.trafficlight.tlog.CompactRange;
import org.brigreen.trafficlight.tlog.HashText;
import org.brigreen.trafficlight.tlog.LogHashes;
import org.brigreen.trafficlight.tlog.LogVerifier;
import org.brigreen.trafficlight.tlog.MerkleTree;
import org.brigreen.trafficlight.tlog.SignedCheckpoint;

/**
 * Inclusion and consistency proofs over the stored log. A proof streams the entry hashes of the tree once, in order,
 * hashing only the subtrees the proof consists of: O(n) reading, O(log n) memory.
 * <p>
 * No proof is given over a log known to be damaged ({@link LogDamage}), and a proof is checked before it is served:
 * the entry hashes it reads are gapless and chain from the first; the proved record hashes to its leaf; and every
 * checkpoint it carries is signed by the service's key and has the root of the entry hashes it covers. Otherwise the
 * answer is {@link LogDamagedException}.
 */
@ApplicationScoped
public class ProofService {

    private final AuditStore store;
    private final AuditSigningKey key;
    private final LogDamage damage;

    public ProofService(AuditStore store, AuditSigningKey key, LogDamage damage) {
        this.store = store;
        this.key = key;
        this.damage = damage;
    }

    /**
     * The inclusion proof of a decision.
     *
     * @param treeSize the tree size; by default the latest checkpoint's, or the log's size when the decision is newer
     *     than the latest checkpoint
     */
    public InclusionProof inclusion(UUID decisionId, OptionalLong treeSize) {
        requireNotKnownDamaged();
        return store.read(connection -> {
            long seq = AuditStore.seqOf(connection, decisionId)
                    .orElseThrow(() -> new NotFoundException("There is no decision " + decisionId + "."));
            long logSize = AuditStore.logSize(connection);
            long size = treeSize.isPresent() ? requestedTreeSize(treeSize.getAsLong(), seq, logSize)
                    : defaultTreeSize(connection, seq, logSize);
            long leafIndex = seq - 1;
            Scan scan = scan(connection, size, MerkleTree.inclusionRanges(leafIndex, size), leafIndex, size);
            requireRecordHashesToLeaf(connection, seq, scan.leafHash());
            Optional<SignedCheckpoint> checkpoint = checkedCheckpoint(connection, size, scan.root());
            return new InclusionProof(decisionId, seq, leafIndex, size, HashText.encode(scan.leafHash()),
                    HashText.encode(scan.root()), encode(scan.proof()), checkpoint.map(Checkpoint::of).orElse(null));
        });
    }

    /**
     * The consistency proof between two tree sizes as a request gives them, in its query parameters {@code from}
     * (required) and {@code to}: both the API and the regulator's pages ask for it so.
     *
     * @throws InvalidRequestException naming each parameter that is not a tree size
     */
    public ConsistencyProof consistency(String from, String to) {
        QueryParameters parameters = new QueryParameters();
        OptionalLong first = parameters.integer("from", from, 1);
        OptionalLong second = parameters.integer("to", to, 1);
        parameters.require(first.isPresent() || from != null && !from.isBlank(), "from");
        parameters.validate();
        return consistency(first.getAsLong(), second);
    }

    /**
     * The consistency proof between two tree sizes.
     *
     * @param to by default the latest checkpoint's tree size, or the log's size when there is no checkpoint
     */
    public ConsistencyProof consistency(long from, OptionalLong to) {
        requireNotKnownDamaged();
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

    private void requireNotKnownDamaged() {
        damage.current().ifPresent(failure -> {
            throw new LogDamagedException(failure);
        });
    }

    /** One pass over the first {@code size} entry hashes, which must be gapless and chain from the first. */
    private static Scan scan(Connection connection, long size, List<MerkleTree.Range> ranges, long leafIndex,
            long prefixSize) throws SQLException {
        Scanner scanner = new Scanner(new MerkleTree.RangeHasher(ranges), leafIndex, prefixSize);
        AuditStore.leaves(connection, 1, size, scanner);
        if (scanner.tree.size() != size) {
            throw missing(scanner.tree.size() + 1);
        }
        return new Scan(scanner.hasher.hashes(), scanner.tree.root(), scanner.prefixRoot, scanner.leafHash);
    }

    /** Takes the leaves in order, checking their sequence and chain, and keeps what the proof needs. */
    private static final class Scanner implements AuditStore.LeafConsumer {

        private final MerkleTree.RangeHasher hasher;
        private final long leafIndex;
        private final long prefixSize;
        private final CompactRange tree = new CompactRange();
        private byte[] chainHash = LogHashes.GENESIS;
        private byte[] leafHash;
        private byte[] prefixRoot;

        Scanner(MerkleTree.RangeHasher hasher, long leafIndex, long prefixSize) {
            this.hasher = hasher;
            this.leafIndex = leafIndex;
            this.prefixSize = prefixSize;
        }

        @Override
        public boolean accept(long seq, byte[] entryHash, byte[] storedChainHash) {
            if (seq != tree.size() + 1) {
                throw missing(tree.size() + 1);
            }
            if (!MessageDigest.isEqual(LogHashes.chainHash(chainHash, entryHash), storedChainHash)) {
                throw new LogDamagedException(new LogVerifier.Failure(seq, LogVerifier.Reason.CHAIN_BREAK,
                        "its chain hash does not follow from seq " + (seq - 1) + " and its entry hash."));
            }
            chainHash = storedChainHash;
            hasher.accept(seq - 1, entryHash);
            tree.append(entryHash);
            if (seq - 1 == leafIndex) {
                leafHash = entryHash;
            }
            if (tree.size() == prefixSize) {
                prefixRoot = tree.root();
            }
            return true;
        }
    }

    private static LogDamagedException missing(long seq) {
        return new LogDamagedException(new LogVerifier.Failure(seq, LogVerifier.Reason.MISSING_SEQUENCE_NUMBER,
                "seq " + seq + " is missing."));
    }

    private static void requireRecordHashesToLeaf(Connection connection, long seq, byte[] leafHash)
            throws SQLException {
        String record = AuditStore.recordAt(connection, seq).orElseThrow(() -> missing(seq));
        if (!MessageDigest.isEqual(LogHashes.entryHash(record), leafHash)) {
            throw new LogDamagedException(new LogVerifier.Failure(seq, LogVerifier.Reason.RECORD_HASH_MISMATCH,
                    "the record does not hash to its entry hash: it was changed after it was logged."));
        }
    }

    /**
     * The checkpoint of a size, if any, which must be signed by the service's key and have the root the stored entry
     * hashes give.
     */
    private Optional<SignedCheckpoint> checkedCheckpoint(Connection connection, long treeSize, byte[] root)
            throws SQLException {
        Optional<SignedCheckpoint> checkpoint = AuditStore.checkpointAt(connection, treeSize);
        if (checkpoint.isPresent() && !checkpoint.get().isSignedBy(key.publicKey())) {
            throw new LogDamagedException(new LogVerifier.Failure(treeSize, LogVerifier.Reason.BAD_SIGNATURE,
                    "the checkpoint of tree size " + treeSize + " is not signed by the service's key."));
        }
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
