package org.brigreen.trafficlight.tlog;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a run of the decision log as it streams past, record by record, in constant memory: gapless sequence
 * numbers, each record's entry hash, the hash chain, the copies of the record's fields beside it (when given), and
 * each checkpoint on the way (its signature; its link to the checkpoint before it; and, where the run reaches its tree
 * size, its root against the Merkle Tree Hash of the entry hashes so far). It stops at the first failure, which names
 * the sequence number (for a checkpoint, its tree size) and why. Pure: the service's {@code POST /v1/audit/verify} and
 * its checkpointer feed it rows of the database, the {@link OfflineVerifier} lines of an export.
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
        /** A copy of a field of the record (a column, a field of an export line) differs from the record. */
        COLUMN_MISMATCH("column_mismatch"),
        /** The record is not a decision's JSON, so that what it says cannot be read. */
        UNREADABLE_RECORD("unreadable_record"),
        /** The entry hashes up to this sequence number do not have the root that the checkpoint here signed. */
        CHECKPOINT_ROOT_MISMATCH("checkpoint_root_mismatch"),
        /** The checkpoint here is not signed by the given key. */
        BAD_SIGNATURE("bad_signature"),
        /** The checkpoint of this tree size is gone: a later checkpoint names it as the one before it. */
        MISSING_CHECKPOINT("missing_checkpoint"),
        /** The checkpoint of this tree size is not in the chain: the next checkpoint names an earlier one. */
        CHECKPOINT_CHAIN_BREAK("checkpoint_chain_break");

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

    /**
     * The first sequence number that fails, and why.
     *
     * @param seq the sequence number, or the tree size of the checkpoint that fails
     * @param rangeFrom the first sequence number the damage may lie at: for a root that does not match, the first
     *     after the checkpoint before it; else {@code seq}
     * @param rangeTo the last sequence number the damage may lie at
     * @param column for {@link Reason#COLUMN_MISMATCH}, the column that differs from its record; else null
     */
    public record Failure(long seq, Reason reason, String detail, long rangeFrom, long rangeTo, String column) {

        public Failure(long seq, Reason reason, String detail) {
            this(seq, reason, detail, seq, seq, null);
        }
    }

    /** The checkpoint before the first one given is not known: the first one's link is not checked. */
    public static final long UNKNOWN = -1;

    private final PublicKey key;
    private final Iterator<SignedCheckpoint> checkpoints;
    /** The entry hashes from seq 1, or null when the run does not start there and roots cannot be checked. */
    private final CompactRange tree;
    private SignedCheckpoint pendingCheckpoint;
    private long nextSeq;
    /** The previous chain hash, or null before the first record of a run whose anchor is unknown. */
    private byte[] chainHash;
    /** The tree size of the last checkpoint passed (0: none before the first), or {@link #UNKNOWN}. */
    private long previousCheckpoint;
    private boolean linkedSeen;
    private long largestCheckpoint;
    private long records;
    private long rootsChecked;
    private long signaturesChecked;
    private long linksChecked;

    private LogVerifier(long firstSeq, byte[] previousChainHash, CompactRange tree, long checkpointBefore,
            PublicKey key, Iterator<SignedCheckpoint> checkpoints) {
        this.nextSeq = firstSeq;
        this.chainHash = previousChainHash;
        this.tree = tree;
        this.previousCheckpoint = checkpointBefore;
        this.key = key;
        this.checkpoints = checkpoints;
        this.pendingCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    /** A run from seq 1: the chain from genesis, every checkpoint's root, and their chain from the first. */
    public static LogVerifier fromGenesis(PublicKey key, Iterator<SignedCheckpoint> checkpoints) {
        return new LogVerifier(1, LogHashes.GENESIS, new CompactRange(), 0, key, checkpoints);
    }

    /**
     * A run from {@code firstSeq}.
     *
     * @param previousChainHash the chain hash of {@code firstSeq - 1}, or null if unknown: the first record's chain
     *     hash is then taken as given
     * @param precedingLeaves the entry hashes of seq 1 to {@code firstSeq - 1}, or null if unknown: checkpoints are
     *     then checked for their signature and link only; extended by the run
     * @param checkpointBefore the tree size of the checkpoint before the first one given (0 for none), or
     *     {@link #UNKNOWN}
     * @param checkpoints the checkpoints to check, by ascending tree size
     */
    public static LogVerifier from(long firstSeq, byte[] previousChainHash, CompactRange precedingLeaves,
            long checkpointBefore, PublicKey key, Iterator<SignedCheckpoint> checkpoints) {
        if (precedingLeaves != null && precedingLeaves.size() != firstSeq - 1) {
            throw new IllegalArgumentException("the preceding leaves must be seq 1 to " + (firstSeq - 1));
        }
        return new LogVerifier(firstSeq, previousChainHash, precedingLeaves, checkpointBefore, key, checkpoints);
    }

    /**
     * Checks the next record of the run.
     *
     * @param record the canonical record text as stored, whose UTF-8 bytes were hashed; null to take the entry hash
     *     as given (a leaf that a verified signature already covers)
     * @return the first failure, if this record shows one; the caller then stops
     */
    public Optional<Failure> accept(long seq, String record, byte[] entryHash, byte[] storedChainHash) {
        return accept(seq, record, entryHash, storedChainHash, null);
    }

    /**
     * Checks the next record of the run and the copies of its fields stored beside it.
     *
     * @param copies what the copies beside the record say, in {@link RecordCopy}'s normal form; null when there are
     *     none to check
     * @return the first failure, if this record shows one; the caller then stops
     */
    public Optional<Failure> accept(long seq, String record, byte[] entryHash, byte[] storedChainHash,
            Map<RecordCopy, String> copies) {
        Optional<Failure> failure = checkpointsBefore(seq);
        if (failure.isEmpty() && seq != nextSeq) {
            failure = Optional.of(missing(seq));
        }
        if (failure.isEmpty()) {
            failure = hashes(seq, record, entryHash, storedChainHash);
        }
        if (failure.isEmpty() && copies != null) {
            failure = copies(seq, record, copies);
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
     * Ends the run: checks the checkpoints beyond it (signature and link), and that the run reaches the end it should.
     *
     * @param lastSeq the sequence number the run should reach (the log's size); a checkpoint of a larger tree size
     *     says the run should reach that far: any sequence number after the last record seen and up to it is missing
     * @return the first failure, if the end shows one
     */
    public Optional<Failure> finish(long lastSeq) {
        Optional<Failure> failure = checkpointsBefore(Long.MAX_VALUE);
        if (failure.isPresent() || nextSeq > Math.max(lastSeq, largestCheckpoint)) {
            return failure;
        }
        long end = Math.max(lastSeq, largestCheckpoint);
        String why = largestCheckpoint >= lastSeq ? "the signed checkpoint of tree size " + largestCheckpoint
                + " covers seq 1 to " + largestCheckpoint + ": records were removed from the end of the log"
                : "the log should reach seq " + lastSeq;
        return Optional.of(new Failure(nextSeq, Reason.MISSING_SEQUENCE_NUMBER, "seq " + nextSeq
                + (end > nextSeq ? " to " + end + " are" : " is") + " missing: the log ends at seq " + (nextSeq - 1)
                + ", but " + why + ".", nextSeq, end, null));
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

    /** The checkpoints whose link to the checkpoint before them held. */
    public long linksChecked() {
        return linksChecked;
    }

    /** The next sequence number expected. */
    public long nextSeq() {
        return nextSeq;
    }

    /** The previous chain hash: the chain hash of the last record accepted. */
    public byte[] chainHead() {
        return chainHash;
    }

    private Failure missing(long seq) {
        String found = seq > nextSeq ? "the log jumps from seq " + (nextSeq - 1) + " to seq " + seq
                : "seq " + seq + " comes again after seq " + (nextSeq - 1);
        return new Failure(nextSeq, Reason.MISSING_SEQUENCE_NUMBER, "seq " + nextSeq + " is missing: " + found + ".");
    }

    private Optional<Failure> hashes(long seq, String record, byte[] entryHash, byte[] storedChainHash) {
        byte[] recomputed = record == null ? entryHash : LogHashes.entryHash(record);
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

    private static Optional<Failure> copies(long seq, String record, Map<RecordCopy, String> copies) {
        Map<RecordCopy, String> recorded;
        try {
            recorded = RecordCopy.of(record);
        } catch (RecordCopy.UnreadableRecordException e) {
            return Optional.of(new Failure(seq, Reason.UNREADABLE_RECORD, e.getMessage() + "."));
        }
        return RecordCopy.firstMismatch(recorded, copies).map(mismatch -> new Failure(seq, Reason.COLUMN_MISMATCH,
                mismatch.detail(), seq, seq, mismatch.copy().column()));
    }

    /** Checkpoints of tree sizes before {@code seq}, which the run did not reach: signature and link. */
    private Optional<Failure> checkpointsBefore(long seq) {
        while (pendingCheckpoint != null && pendingCheckpoint.treeSize() < seq) {
            Optional<Failure> failure = signature(pendingCheckpoint).or(() -> link(pendingCheckpoint));
            if (failure.isPresent()) {
                return failure;
            }
            advance();
        }
        return Optional.empty();
    }

    private Optional<Failure> checkpointsAt(long seq) {
        while (pendingCheckpoint != null && pendingCheckpoint.treeSize() == seq) {
            Optional<Failure> failure = signature(pendingCheckpoint).or(() -> root(pendingCheckpoint))
                    .or(() -> link(pendingCheckpoint));
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
            long after = previousCheckpoint == UNKNOWN ? 0 : previousCheckpoint;
            return Optional.of(new Failure(checkpoint.treeSize(), Reason.CHECKPOINT_ROOT_MISMATCH, "the entry hashes "
                    + "of seq 1 to " + checkpoint.treeSize() + " have the root " + HashText.encode(root)
                    + ", the checkpoint signed at " + SignedCheckpoint.timestamp(checkpoint.signedAt()) + " says "
                    + HashText.encode(checkpoint.rootHash()) + ": a record of seq " + (after + 1) + " to "
                    + checkpoint.treeSize() + " was changed, removed or added after it was signed"
                    + (after == 0 ? "." : " (the checkpoint before it is of tree size " + after + ")."), after + 1,
                    checkpoint.treeSize(), null));
        }
        rootsChecked++;
        return Optional.empty();
    }

    /**
     * A linked checkpoint must name the checkpoint just before it; an unlinked (v1) one must come before every linked
     * one, since checkpoints have been linked since the day they first were.
     */
    private Optional<Failure> link(SignedCheckpoint checkpoint) {
        long treeSize = checkpoint.treeSize();
        if (!checkpoint.isLinked()) {
            if (linkedSeen) {
                return Optional.of(new Failure(treeSize, Reason.CHECKPOINT_CHAIN_BREAK, "the checkpoint of tree size "
                        + treeSize + " names no checkpoint before it, but comes after checkpoints that do."));
            }
            return Optional.empty();
        }
        linkedSeen = true;
        long named = checkpoint.previousTreeSize();
        if (previousCheckpoint == UNKNOWN) {
            return Optional.empty();
        }
        if (named != previousCheckpoint) {
            return Optional.of(named > previousCheckpoint && named < treeSize
                    ? new Failure(named, Reason.MISSING_CHECKPOINT, "the checkpoint of tree size " + named
                            + " is missing: the checkpoint of tree size " + treeSize + " names it as the one before "
                            + "it, but the one before it is of tree size " + previousCheckpoint + ".")
                    : new Failure(previousCheckpoint, Reason.CHECKPOINT_CHAIN_BREAK, "the checkpoint of tree size "
                            + previousCheckpoint + " is not in the chain: the checkpoint of tree size " + treeSize
                            + " names the one of tree size " + named + " as the one before it."));
        }
        linksChecked++;
        return Optional.empty();
    }

    private void advance() {
        previousCheckpoint = pendingCheckpoint.treeSize();
        largestCheckpoint = Math.max(largestCheckpoint, previousCheckpoint);
        pendingCheckpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }
}
