package org.brigreen.trafficlight.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Optional;
import org.brigreen.trafficlight.decisionlog.LogHashes;

/**
 * Checks a run of the decision log as it streams past, record by record, in constant memory: gapless sequence
 * numbers, each record's entry hash, the hash chain, and each checkpoint whose tree size the run reaches (its
 * signature, then its root against the Merkle Tree Hash of the entry hashes so far). It stops at the first failure,
 * which names the sequence number and why. Pure: the service's {@code POST /v1/audit/verify} feeds it rows of the
 * database, the {@link OfflineVerifier} lines of an export.
 */
public final class LogVerifier {

    /** Why a sequence number fails. */
    public enum Reason {
        /** The stored record does not hash to its entry hash. */
        RECORD_HASH_MISMATCH("record_hash_mismatch"),
        /** The chain hash does not follow from the previous chain hash and this entry hash. */
        CHAIN_BREAK("chain_break"),
        /** A sequence number is missing (or out of order): records were removed. */
        MISSING_SEQUENCE_NUMBER("missing_sequence_number"),
        /** The entry hashes up to this sequence number do not have the root that the checkpoint here signed. */
        CHECKPOINT_ROOT_MISMATCH("checkpoint_root_mismatch"),
        /** The checkpoint here is not signed by the given key. */
        BAD_SIGNATURE("bad_signature");

        private final String wireName;

        Reason(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The reason in words, for one-line messages. */
        public String words() {
            return wireName.replace('_', ' ');
        }
    }

    /** The first sequence number that fails, and why. */
    public record Failure(long seq, Reason reason, String detail) {
    }

    private final PublicKey key;
    private final Iterator<SignedCheckpoint> checkpoints;
    /** The entry hashes from seq 1, or null when the run does not start there and roots cannot be checked. */
    private final CompactRange tree;
    private SignedCheckpoint pendingCheckpoint;
    private long nextSeq;
    /** The previous chain hash, or null before the first record of a run whose anchor is unknown. */
    private byte[] chainHash;
    private long records;
    private long rootsChecked;
    private long signaturesChecked;

    private LogVerifier(long firstSeq, byte[] previousChainHash, CompactRange tree, PublicKey key,
            Iterator<SignedCheckpoint> checkpoints) {
        this.nextSeq = firstSeq;
        this.chainHash = previousChainHash;
        this.tree = tree;
        this.key = key;
        this.checkpoints = checkpoints;
        this.pendingCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    /** A run from seq 1: the chain from genesis, every checkpoint's root. */
    public static LogVerifier fromGenesis(PublicKey key, Iterator<SignedCheckpoint> checkpoints) {
        return new LogVerifier(1, LogHashes.GENESIS, new CompactRange(), key, checkpoints);
    }

    /**
     * A run from {@code firstSeq}.
     *
     * @param previousChainHash the chain hash of {@code firstSeq - 1}, or null if unknown: the first record's chain
     *     hash is then taken as given
     * @param precedingLeaves the entry hashes of seq 1 to {@code firstSeq - 1}, or null if unknown: checkpoints are
     *     then checked for their signature only
     * @param checkpoints the checkpoints to check, by ascending tree size
     */
    public static LogVerifier from(long firstSeq, byte[] previousChainHash, CompactRange precedingLeaves,
            PublicKey key, Iterator<SignedCheckpoint> checkpoints) {
        if (precedingLeaves != null && precedingLeaves.size() != firstSeq - 1) {
            throw new IllegalArgumentException("the preceding leaves must be seq 1 to " + (firstSeq - 1));
        }
        return new LogVerifier(firstSeq, previousChainHash, precedingLeaves, key, checkpoints);
    }

    /**
     * Checks the next record of the run.
     *
     * @param record the canonical record text as stored, whose UTF-8 bytes were hashed
     * @return the first failure, if this record shows one; the caller then stops
     */
    public Optional<Failure> accept(long seq, String record, byte[] entryHash, byte[] storedChainHash) {
        Optional<Failure> failure = signaturesBefore(seq);
        if (failure.isEmpty() && seq != nextSeq) {
            failure = Optional.of(missing(seq));
        }
        if (failure.isEmpty()) {
            failure = hashes(seq, record, entryHash, storedChainHash);
        }
        if (failure.isEmpty()) {
            records++;
            nextSeq++;
            if (tree != null) {
                tree.append(entryHash);
            }
            failure = checkpointsAt(seq);
        }
        return failure;
    }

    /**
     * Ends the run.
     *
     * @param lastSeq the sequence number the run should have reached (the log's size, or the last checkpoint's tree
     *     size if larger): any sequence number after the last record seen and up to it is missing
     * @return the first failure, if the end shows one
     */
    public Optional<Failure> finish(long lastSeq) {
        if (nextSeq <= lastSeq) {
            return Optional.of(new Failure(nextSeq, Reason.MISSING_SEQUENCE_NUMBER,
                    "seq " + nextSeq + " is missing: the log should reach seq " + lastSeq + " but ends at seq "
                            + (nextSeq - 1) + "."));
        }
        return signaturesBefore(Long.MAX_VALUE);
    }

    /** The records checked so far. */
    public long records() {
        return records;
    }

    /** The checkpoints whose root was recomputed and matched. */
    public long rootsChecked() {
        return rootsChecked;
    }

    /** The checkpoints whose signature verified. */
    public long signaturesChecked() {
        return signaturesChecked;
    }

    /** The next sequence number expected. */
    public long nextSeq() {
        return nextSeq;
    }

    private Failure missing(long seq) {
        String found = seq > nextSeq ? "the log jumps from seq " + (nextSeq - 1) + " to seq " + seq
                : "seq " + seq + " comes again after seq " + (nextSeq - 1);
        return new Failure(nextSeq, Reason.MISSING_SEQUENCE_NUMBER, "seq " + nextSeq + " is missing: " + found + ".");
    }

    private Optional<Failure> hashes(long seq, String record, byte[] entryHash, byte[] storedChainHash) {
        byte[] recomputed = LogHashes.entryHash(record);
        if (!MessageDigest.isEqual(recomputed, entryHash)) {
            return Optional.of(new Failure(seq, Reason.RECORD_HASH_MISMATCH, "the record hashes to "
                    + HashText.encode(recomputed) + ", its entry hash is " + HashText.encode(entryHash)
                    + ": the record was changed after it was logged."));
        }
        if (chainHash != null) {
            byte[] expected = LogHashes.chainHash(chainHash, entryHash);
            if (!MessageDigest.isEqual(expected, storedChainHash)) {
                return Optional.of(new Failure(seq, Reason.CHAIN_BREAK, "the chain hash should be "
                        + HashText.encode(expected) + " (previous chain hash, then this entry hash), it is "
                        + HashText.encode(storedChainHash) + "."));
            }
        }
        chainHash = storedChainHash;
        return Optional.empty();
    }

    /** Checkpoints of tree sizes before {@code seq} that the run did not reach: signature only. */
    private Optional<Failure> signaturesBefore(long seq) {
        while (pendingCheckpoint != null && pendingCheckpoint.treeSize() < seq) {
            Optional<Failure> failure = signature(pendingCheckpoint);
            if (failure.isPresent()) {
                return failure;
            }
            advance();
        }
        return Optional.empty();
    }

    private Optional<Failure> checkpointsAt(long seq) {
        while (pendingCheckpoint != null && pendingCheckpoint.treeSize() == seq) {
            Optional<Failure> failure = signature(pendingCheckpoint).or(() -> root(pendingCheckpoint));
            if (failure.isPresent()) {
                return failure;
            }
            advance();
        }
        return Optional.empty();
    }

    private Optional<Failure> signature(SignedCheckpoint checkpoint) {
        if (!checkpoint.isSignedBy(key)) {
            String signer = MessageDigest.isEqual(checkpoint.keyId(), Ed25519Keys.keyId(key)) ? ""
                    : " (it names key " + HashText.encode(checkpoint.keyId()) + ")";
            return Optional.of(new Failure(checkpoint.treeSize(), Reason.BAD_SIGNATURE, "the checkpoint of tree size "
                    + checkpoint.treeSize() + " is not signed by key " + HashText.encode(Ed25519Keys.keyId(key))
                    + signer + "."));
        }
        signaturesChecked++;
        return Optional.empty();
    }

    private Optional<Failure> root(SignedCheckpoint checkpoint) {
        if (tree == null) {
            return Optional.empty();
        }
        byte[] root = tree.root();
        if (!MessageDigest.isEqual(root, checkpoint.rootHash())) {
            return Optional.of(new Failure(checkpoint.treeSize(), Reason.CHECKPOINT_ROOT_MISMATCH, "the entry hashes "
                    + "of seq 1 to " + checkpoint.treeSize() + " have the root " + HashText.encode(root)
                    + ", the checkpoint signed at " + SignedCheckpoint.timestamp(checkpoint.signedAt()) + " says "
                    + HashText.encode(checkpoint.rootHash()) + ": a record up to this seq was changed, removed "
                    + "or added since."));
        }
        rootsChecked++;
        return Optional.empty();
    }

    private void advance() {
        pendingCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }
}
